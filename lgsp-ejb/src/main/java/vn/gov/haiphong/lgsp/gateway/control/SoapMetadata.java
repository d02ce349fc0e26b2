package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import vn.gov.haiphong.lgsp.catalog.control.WsdlContract;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * The messages of the X-Road SOAP metadata services (PR-META 2.x) that the SOAP gateway answers itself
 * when a request's {@code xrd:service} names a provider subsystem with service code {@code listMethods},
 * {@code allowedMethods} or {@code getWsdl}: read the request's body, write the answer envelope (the
 * request's headers echoed by {@link SoapResponseHeaders}), and — for {@code getWsdl} — the WSDL as a SOAP
 * attachment with every endpoint address replaced by {@link #HIDDEN_ENDPOINT}, as the protocol requires,
 * so that a consumer never learns where the provider lives.
 */
public final class SoapMetadata {

    /** The metadata services answered at {@code /ws/gateway}. */
    public static final Set<String> SERVICES = Set.of("listMethods", "allowedMethods", "getWsdl");
    /** What every {@code soap:address} of a WSDL handed out says instead of the provider's address (PR-META §4). */
    public static final String HIDDEN_ENDPOINT = "http://example.org/xroad-endpoint";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

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
        out.writeBytes(hideEndpoints(wsdl));
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String type = "multipart/related; type=\"" + (request.soap12() ? "application/soap+xml" : "text/xml")
                + "\"; start=\"<envelope@lgsp>\"; boundary=\"" + boundary + "\"";
        return new Answer(type, out.toByteArray());
    }

    /** The WSDL with the {@code location} of every SOAP 1.1/1.2 {@code address} replaced by {@link #HIDDEN_ENDPOINT}. */
    public static byte[] hideEndpoints(byte[] wsdl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(wsdl.length + 64);
        try {
            XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(wsdl));
            XMLEventWriter w = OUTPUT.createXMLEventWriter(out, "UTF-8");
            while (in.hasNext()) {
                XMLEvent e = in.nextEvent();
                if (e.isStartDocument()) {
                    w.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                } else if (e.isStartElement() && isAddress(e.asStartElement())) {
                    w.add(hidden(e.asStartElement()));
                } else if (e.getEventType() != XMLEvent.DTD) { // contracts are stored without one; never pass one on
                    w.add(e);
                }
            }
            w.close();
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, "getWsdl", "the stored WSDL cannot be read");
        }
        return out.toByteArray();
    }

    private static boolean isAddress(StartElement start) {
        return "address".equals(start.getName().getLocalPart())
                && WsdlContract.SOAP_BINDINGS.contains(start.getName().getNamespaceURI());
    }

    private static StartElement hidden(StartElement address) {
        List<Attribute> attributes = new ArrayList<>();
        address.getAttributes().forEachRemaining(a -> attributes.add(new QName("location").equals(a.getName())
                ? EVENTS.createAttribute(a.getName(), HIDDEN_ENDPOINT) : a));
        return EVENTS.createStartElement(address.getName(), attributes.iterator(), address.getNamespaces());
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
