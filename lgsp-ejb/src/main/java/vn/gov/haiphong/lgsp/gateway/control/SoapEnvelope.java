package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * The X-Road 4.0 SOAP headers of a request (DESIGN §4), read with StAX — never a DOM — from the whole message,
 * so that the gateway decides on exactly what the provider will read. Refused ({@code invalid-request}): a DTD,
 * nesting deeper than {@link SafeXml#MAX_DEPTH}, more than {@link #MAX_ATTRIBUTES} attributes on one element,
 * malformed XML; and anything a provider could read another way than the gateway does — a processing
 * instruction; a comment or text between the envelope's parts (where a provider matching text would find an
 * operation); a second {@code Header} or {@code Body}, a {@code Header} after the {@code Body}, any other element
 * in the envelope; a second X-Road header block of one name ({@code xrd:client} twice) or a second part of one
 * identifier; a body with more than one element (WS-I BP R2201); a WS-Addressing {@code Action} that names another
 * operation than the body's element ({@link #actionNames}).
 *
 * @param client    {@code VN/GOV/H24.10/his} from {@code xrd:client}
 * @param service   {@code VN/GOV/H24.06/dat-dai/tra-cuu[/v1]} from {@code xrd:service}
 * @param operation the local name of the body's element
 */
public record SoapEnvelope(boolean soap12, String client, String instance, String memberClass, String memberCode,
                           String subsystemCode, String service, String serviceCode, String serviceVersion, String id,
                           String userId, String issue, String protocolVersion, String operation) {

    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    public static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
    public static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
    static final Set<String> WS_ADDRESSING = Set.of("http://www.w3.org/2005/08/addressing",
            "http://schemas.xmlsoap.org/ws/2004/08/addressing");
    static final int MAX_ATTRIBUTES = 64;

    /** Reads the whole message; refuses ({@code invalid-request}) anything malformed, unsafe or ambiguous. */
    public static SoapEnvelope read(byte[] message) {
        Reading reading = new Reading();
        try {
            XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(message));
            try {
                while (reader.hasNext()) {
                    reading.next(reader, reader.next());
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            List<Object> where = SafeXml.whereAndWhy(e);
            throw refuse("malformed XML at line " + where.get(0) + ", column " + where.get(1));
        }
        if (reading.action != null && !actionNames(reading.action, reading.operation)) {
            throw refuse("the WS-Addressing Action names another operation than the body");
        }
        return of(reading.soap12, reading.header, reading.operation);
    }

    /**
     * Whether a SOAP action (HTTP {@code SOAPAction}, the SOAP 1.2 {@code action} parameter, WS-Addressing
     * {@code Action}) is empty or names the operation: the operation's name after the last {@code /}, {@code #}
     * or {@code :}, with an optional {@code Request} suffix (WSDL 1.1 default actions). A provider that dispatches
     * on the action then calls the operation the gateway allowed.
     */
    public static boolean actionNames(String action, String operation) {
        String a = action.strip();
        if (a.length() >= 2 && a.startsWith("\"") && a.endsWith("\"")) {
            a = a.substring(1, a.length() - 1).strip();
        }
        if (a.isEmpty()) {
            return true;
        }
        String last = a.substring(Math.max(a.lastIndexOf('/'), Math.max(a.lastIndexOf('#'), a.lastIndexOf(':'))) + 1);
        return last.equals(operation) || last.equals(operation + "Request");
    }

    /** The state of one scan: where it is in the envelope, and what it has read. */
    private static final class Reading {
        final Map<String, String> header = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        int depth;
        boolean soap12;
        boolean inHeader;
        boolean headerSeen;
        boolean bodySeen;
        String inIdentifier;
        boolean inAction;
        String action;
        String operation;

        void next(XMLStreamReader reader, int event) {
            switch (event) {
                case XMLStreamConstants.DTD -> throw refuse("DOCTYPE");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw refuse("processing instruction");
                case XMLStreamConstants.COMMENT -> {
                    if (depth <= 2) {
                        throw refuse("comment between the envelope's parts");
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth <= 2 && !reader.isWhiteSpace()) {
                        throw refuse("text between the envelope's parts");
                    }
                    text.append(reader.getText());
                }
                case XMLStreamConstants.START_ELEMENT -> start(reader);
                case XMLStreamConstants.END_ELEMENT -> end(reader);
                default -> {
                }
            }
        }

        private void start(XMLStreamReader reader) {
            text.setLength(0);
            if (++depth > SafeXml.MAX_DEPTH) {
                throw refuse("nesting deeper than " + SafeXml.MAX_DEPTH);
            }
            if (reader.getAttributeCount() > MAX_ATTRIBUTES) {
                throw refuse("more than " + MAX_ATTRIBUTES + " attributes");
            }
            String ns = reader.getNamespaceURI();
            String local = reader.getLocalName();
            if (depth == 1) {
                if (!"Envelope".equals(local) || !(SOAP11.equals(ns) || SOAP12.equals(ns))) {
                    throw refuse("not a SOAP envelope");
                }
                soap12 = SOAP12.equals(ns);
            } else if (depth == 2) {
                envelopePart(ns, local);
            } else if (depth == 3 && inHeader) {
                headerBlock(reader, ns, local);
            } else if (depth == 3) {
                if (operation != null) {
                    throw refuse("more than one element in the SOAP body");
                }
                operation = local;
            } else if (depth == 4 && inIdentifier != null && IDENTIFIERS.equals(ns)
                    && header.containsKey(inIdentifier + "." + local)) {
                throw refuse("xrd:" + inIdentifier + " names its " + local + " twice");
            }
        }

        private void envelopePart(String ns, String local) {
            String soap = soap12 ? SOAP12 : SOAP11;
            if (soap.equals(ns) && "Header".equals(local) && !headerSeen && !bodySeen) {
                inHeader = headerSeen = true;
            } else if (soap.equals(ns) && "Body".equals(local) && !bodySeen) {
                bodySeen = true;
            } else {
                throw refuse("Body".equals(local) ? "two bodies" : "Header".equals(local) ? "a second or late header"
                        : "an element other than Header and Body in the envelope");
            }
        }

        private void headerBlock(XMLStreamReader reader, String ns, String local) {
            if (XROAD.equals(ns)) {
                if (header.containsKey(local) || header.containsKey(local + ".objectType")) {
                    throw refuse("two xrd:" + local + " header blocks");
                }
                if ("client".equals(local) || "service".equals(local)) {
                    inIdentifier = local;
                    header.put(local + ".objectType", reader.getAttributeValue(IDENTIFIERS, "objectType"));
                }
            } else if (WS_ADDRESSING.contains(ns) && "Action".equals(local)) {
                if (action != null) {
                    throw refuse("two WS-Addressing Action header blocks");
                }
                inAction = true;
            }
        }

        private void end(XMLStreamReader reader) {
            String ns = reader.getNamespaceURI();
            if (inHeader && depth == 4 && inIdentifier != null && IDENTIFIERS.equals(ns)) {
                header.put(inIdentifier + "." + reader.getLocalName(), text.toString().strip());
            } else if (inHeader && depth == 3 && inIdentifier == null && XROAD.equals(ns)) {
                header.put(reader.getLocalName(), text.toString().strip());
            } else if (depth == 3) {
                inIdentifier = null;
                if (inAction) {
                    action = text.toString();
                    inAction = false;
                }
            } else if (depth == 2) {
                inHeader = false;
            }
            depth--;
            text.setLength(0);
        }
    }

    private static SoapEnvelope of(boolean soap12, Map<String, String> h, String operation) {
        if (!"4.0".equals(h.get("protocolVersion"))) {
            throw refuse("xrd:protocolVersion must be 4.0");
        }
        if (!"SUBSYSTEM".equals(h.get("client.objectType")) || h.get("client.subsystemCode") == null) {
            throw refuse("xrd:client must be a SUBSYSTEM with xRoadInstance, memberClass, memberCode, subsystemCode");
        }
        if (!"SERVICE".equals(h.get("service.objectType")) || h.get("service.serviceCode") == null
                || h.get("service.subsystemCode") == null) {
            throw refuse("xrd:service must be a SERVICE with its subsystemCode and serviceCode");
        }
        if (operation == null) {
            throw refuse("empty SOAP body");
        }
        String client = String.join("/", h.get("client.xRoadInstance"), h.get("client.memberClass"),
                h.get("client.memberCode"), h.get("client.subsystemCode"));
        String version = h.get("service.serviceVersion");
        String service = String.join("/", h.get("service.xRoadInstance"), h.get("service.memberClass"),
                h.get("service.memberCode"), h.get("service.subsystemCode"), h.get("service.serviceCode"))
                + (version == null || version.isEmpty() ? "" : "/" + version);
        for (String value : new String[] {client, service, h.get("id"), h.get("userId"), h.get("issue")}) {
            if (value != null && !XRoadHeaders.isSafeValue(value)) {
                throw refuse("header value too long or with control characters");
            }
        }
        return new SoapEnvelope(soap12, client, h.get("service.xRoadInstance"), h.get("service.memberClass"),
                h.get("service.memberCode"), h.get("service.subsystemCode"), service, h.get("service.serviceCode"),
                version == null || version.isEmpty() ? null : version, h.get("id"), h.get("userId"), h.get("issue"),
                h.get("protocolVersion"), operation);
    }

    private static LgspException refuse(String why) {
        return new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, why);
    }
}
