package vn.gov.haiphong.lgsp.ws.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebServiceContext;
import java.util.function.Supplier;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.namespace.QName;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;

/**
 * Turns a refusal into a SOAP 1.1 Fault: {@code Client} when the caller is at fault, {@code Server}
 * otherwise; the faultstring in the caller's language; the service's own fault element (declared in
 * its WSDL) as detail, so generated clients receive their typed fault exception.
 */
public final class SoapFaults {

    private SoapFaults() {
    }

    /** Builds a service's typed fault element for a refusal, in the caller's language. */
    @FunctionalInterface
    public interface DetailFactory {
        Object detail(LgspException e, Language language);
    }

    /** Runs a read; a refusal becomes the service's typed fault in the caller's language. */
    public static <T> T answer(WebServiceContext context, Supplier<T> read, DetailFactory details) {
        try {
            return read.get();
        } catch (LgspException e) {
            Language language = language(context);
            throw fault(e, language, details.detail(e, language));
        }
    }

    /** The caller's language, from the HTTP Accept-Language header of the current SOAP request. */
    public static Language language(WebServiceContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getMessageContext()
                .get(MessageContext.SERVLET_REQUEST);
        return Language.fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
    }

    public static QName faultCode(LgspException e) {
        return new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, e.code().callersFault() ? "Client" : "Server");
    }

    /**
     * @param detail the JAXB fault element of the service (an {@code @XmlRootElement} instance)
     */
    public static SOAPFaultException fault(LgspException e, Language language, Object detail) {
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(Messages.detail(language, e), faultCode(e));
            Detail faultDetail = fault.addDetail();
            JAXBContext.newInstance(detail.getClass()).createMarshaller().marshal(detail, faultDetail);
            return new SOAPFaultException(fault);
        } catch (SOAPException | JAXBException failure) {
            throw new IllegalStateException("cannot build SOAP fault for " + e.code(), failure);
        }
    }
}
