package vn.gov.haiphong.lgsp.ws.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.Messages;

/**
 * Faults the SOAP stack raises itself — a body that does not match the schema, an unknown operation,
 * an unexpected failure — get the platform's shape: a faultstring in the caller's language and an
 * {@code lgsp:error} detail with the error code, as the faults the services raise on purpose (those
 * carry their own detail and pass untouched). The stack's own message is kept, shortened, for the
 * integrator; a Server fault is logged with an incident id instead.
 */
public class BilingualFaultHandler implements SOAPHandler<SOAPMessageContext> {

    private static final Logger LOG = Logger.getLogger(BilingualFaultHandler.class.getName());
    private static final int MAX_REASON = 200;

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        try {
            SOAPFault fault = context.getMessage().getSOAPBody().getFault();
            if (fault == null || hasDetail(fault)) {
                return true;
            }
            HttpServletRequest request = (HttpServletRequest) context.get(MessageContext.SERVLET_REQUEST);
            Language language = Language.fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
            boolean client = fault.getFaultCodeAsQName() != null
                    && fault.getFaultCodeAsQName().getLocalPart().endsWith("Client");
            String original = String.valueOf(fault.getFaultString()).replaceAll("\\s+", " ");
            ErrorCode code = client ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
            String detail;
            if (client) {
                detail = Messages.detail(language, code,
                        original.length() <= MAX_REASON ? original : original.substring(0, MAX_REASON) + "…");
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.severe(() -> "SOAP fault, incident " + incident + ": " + original);
                detail = Messages.detail(language, code, incident);
            }
            fault.setFaultString(Messages.title(language, code) + ": " + detail);
            Detail faultDetail = fault.getDetail() == null ? fault.addDetail() : fault.getDetail();
            SOAPElement error = faultDetail.addChildElement(new QName(RawFault.DETAIL_NS, "error", "lgsp"));
            error.addChildElement("code", "lgsp").addTextNode(code.slug());
            error.addChildElement("type", "lgsp").addTextNode(code.type());
            error.addChildElement("title", "lgsp").addTextNode(Messages.title(language, code));
            error.addChildElement("detail", "lgsp").addTextNode(detail);
            context.getMessage().saveChanges();
        } catch (SOAPException e) {
            LOG.warning(() -> "Could not rewrite a SOAP fault: " + e);
        }
        return true;
    }

    /** Whether the fault already carries a detail element (a service's declared fault). */
    private static boolean hasDetail(SOAPFault fault) {
        Detail detail = fault.getDetail();
        if (detail == null) {
            return false;
        }
        Iterator<?> entries = detail.getDetailEntries();
        return entries.hasNext();
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
