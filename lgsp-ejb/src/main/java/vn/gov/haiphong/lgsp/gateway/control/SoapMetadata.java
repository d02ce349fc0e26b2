package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import vn.gov.haiphong.lgsp.catalog.control.ContractEndpoints;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * The messages of the X-Road SOAP metadata services (PR-META 2.x) that the SOAP gateway answers itself
 * when a request's {@code xrd:service} names a provider subsystem with service code {@code listMethods},
 * {@code allowedMethods} or {@code getWsdl}: read the request's body, write the answer envelope (the
 * request's headers echoed by {@link SoapResponseHeaders}), and — for {@code getWsdl} — the WSDL as a SOAP
 * attachment with every endpoint address replaced by {@link ContractEndpoints#HIDDEN}, as the protocol requires,
 * so that a consumer never learns where the provider lives.
 */
public final class SoapMetadata {

    /** The metadata services answered at {@code /ws/gateway}. */
    public static final Set<String> SERVICES = Set.of("listMethods", "allowedMethods", "getWsdl");

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private SoapMetadata() {
    }

    /** A service in a method list: X-Road service code and version (null: none). */
    public record Method(String serviceCode, String version) {
    }

    /** What a {@code getWsdl} request asks for; {@code serviceVersion} null: the last published. */
    public record WsdlRequest(String serviceCode, String serviceVersion) {
    }

    /** A whole answer: its content type and bytes. */
    public record Answer(String contentType, byte[] body) {
    }

    /** Whether the request is addressed to a metadata service rather than to a provider's service. */
    public static boolean addressed(SoapEnvelope request) {
        return SERVICES.contains(request.serviceCode());
    }

    /** The body of a metadata request must be the element named like the service ({@code xrd:listMethods}). */
    public static void requireBodyNamesService(SoapEnvelope request) {
        if (!request.serviceCode().equals(request.operation())) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "the body of a " + request.serviceCode()
                    + " request must be the element xrd:" + request.serviceCode());
        }
    }

    /** {@code xrd:getWsdl/xrd:serviceCode} (required) and {@code xrd:serviceVersion} of a whole, already scanned message. */
    public static WsdlRequest wsdlRequest(byte[] message) {
        String code = null;
        String version = null;
        try {
            XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(message));
            try {
                int depth = 0;
                boolean inGetWsdl = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String local = reader.getLocalName();
                        if (depth == 3 && "getWsdl".equals(local)) {
                            inGetWsdl = true;
                        } else if (depth == 4 && inGetWsdl && SoapEnvelope.XROAD.equals(reader.getNamespaceURI())) {
                            if ("serviceCode".equals(local)) {
                                code = reader.getElementText().strip();
                            } else if ("serviceVersion".equals(local)) {
                                version = reader.getElementText().strip();
                            }
                            depth--; // getElementText() consumed the end tag
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "malformed getWsdl request");
        }
        if (code == null || code.isEmpty()) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "xrd:getWsdl without xrd:serviceCode");
        }
        return new WsdlRequest(code, version == null || version.isEmpty() ? null : version);
    }

    /** {@code xrd:listMethodsResponse} or {@code xrd:allowedMethodsResponse}: the provider's services, as identifiers. */
    public static Answer methodList(SoapEnvelope request, String xroadId, String requestHash, List<Method> methods) {
        return new Answer(envelopeType(request), envelope(request, xroadId, requestHash, w -> {
            w.writeStartElement("xrd", request.serviceCode() + "Response", SoapEnvelope.XROAD);
            w.writeNamespace("xrd", SoapEnvelope.XROAD);
            w.writeNamespace("id", SoapEnvelope.IDENTIFIERS);
            for (Method m : methods) {
                w.writeStartElement("xrd", "service", SoapEnvelope.XROAD);
                w.writeAttribute("id", SoapEnvelope.IDENTIFIERS, "objectType", "SERVICE");
                identifierPart(w, "xRoadInstance", request.instance());
                identifierPart(w, "memberClass", request.memberClass());
                identifierPart(w, "memberCode", request.memberCode());
                identifierPart(w, "subsystemCode", request.subsystemCode());
                identifierPart(w, "serviceCode", m.serviceCode());
                identifierPart(w, "serviceVersion", m.version());
                w.writeEndElement();
            }
            w.writeEndElement();
        }));
    }

    /**
     * {@code xrd:getWsdlResponse} naming the service, in a {@code multipart/related} message (SOAP with
     * attachments) whose second part is the WSDL, endpoints hidden.
     */
    public static Answer wsdl(SoapEnvelope request, String xroadId, String requestHash, WsdlRequest asked, byte[] wsdl) {
        byte[] root = envelope(request, xroadId, requestHash, w -> {
            w.writeStartElement("xrd", "getWsdlResponse", SoapEnvelope.XROAD);
            w.writeNamespace("xrd", SoapEnvelope.XROAD);
            simple(w, "serviceCode", asked.serviceCode());
            if (asked.serviceVersion() != null) {
                simple(w, "serviceVersion", asked.serviceVersion());
            }
            w.writeEndElement();
        });
        String boundary = "lgsp-" + UUID.randomUUID();
        String rootType = envelopeType(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream(root.length + wsdl.length + 512);
        out.writeBytes(("--" + boundary + "\r\nContent-Type: " + rootType + "\r\nContent-ID: <envelope@lgsp>\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(root);
        out.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-ID: <wsdl@lgsp>\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ContractEndpoints.hiddenInWsdl(wsdl)); // X-Road: always, whoever asks
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String type = "multipart/related; type=\"" + (request.soap12() ? "application/soap+xml" : "text/xml")
                + "\"; start=\"<envelope@lgsp>\"; boundary=\"" + boundary + "\"";
        return new Answer(type, out.toByteArray());
    }

    private interface BodyWriter {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** An envelope of the request's SOAP version with the given body, then the request's headers echoed into it. */
    private static byte[] envelope(SoapEnvelope request, String xroadId, String requestHash, BodyWriter body) {
        String soap = request.soap12() ? SoapEnvelope.SOAP12 : SoapEnvelope.SOAP11;
        try {
            ByteArrayOutputStream bare = new ByteArrayOutputStream(1024);
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(bare, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("env", "Envelope", soap);
            w.writeNamespace("env", soap);
            w.writeStartElement("env", "Body", soap);
            body.write(w);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            ByteArrayOutputStream answer = new ByteArrayOutputStream(bare.size() + 1024);
            SoapResponseHeaders.copy(new ByteArrayInputStream(bare.toByteArray()), answer, request, xroadId, requestHash);
            return answer.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a metadata answer", e);
        }
    }

    private static String envelopeType(SoapEnvelope request) {
        return (request.soap12() ? "application/soap+xml" : "text/xml") + "; charset=UTF-8";
    }

    private static void identifierPart(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement("id", name, SoapEnvelope.IDENTIFIERS);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    private static void simple(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("xrd", name, SoapEnvelope.XROAD);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
