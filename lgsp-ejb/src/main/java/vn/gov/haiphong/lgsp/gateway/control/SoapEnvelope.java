package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * The X-Road 4.0 SOAP headers of a request (DESIGN §4), read with StAX — never a DOM. When the whole
 * message is at hand it is scanned to its end: no DTD, no element deeper than {@link SafeXml#MAX_DEPTH},
 * no more than {@link #MAX_ATTRIBUTES} attributes on one element, well formed; otherwise (a body larger
 * than the gateway scans) the scan stops at the body's first element, the operation.
 *
 * @param client    {@code VN/GOV/H24.10/his} from {@code xrd:client}
 * @param service   {@code VN/GOV/H24.06/dat-dai/tra-cuu[/v1]} from {@code xrd:service}
 * @param operation the local name of the body's first element
 */
public record SoapEnvelope(boolean soap12, String client, String instance, String memberClass, String memberCode,
                           String subsystemCode, String service, String serviceCode, String serviceVersion, String id,
                           String userId, String issue, String protocolVersion, String operation) {

    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    public static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
    public static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
    static final int MAX_ATTRIBUTES = 64;

    /** Reads the headers; refuses ({@code invalid-request}) anything malformed or unsafe. */
    public static SoapEnvelope read(byte[] message, boolean complete) {
        Map<String, String> header = new HashMap<>();
        String operation = null;
        boolean soap12 = false;
        try {
            XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(message));
            try {
                int depth = 0;
                String inHeader = null;
                String inIdentifier = null;
                StringBuilder text = new StringBuilder();
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw refuse("DOCTYPE");
                    }
                    if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(reader.getText());
                        continue;
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        String ns = reader.getNamespaceURI();
                        if (inHeader != null && depth == 4 && inIdentifier != null && IDENTIFIERS.equals(ns)) {
                            header.put(inIdentifier + "." + reader.getLocalName(), text.toString().strip());
                        } else if (inHeader != null && depth == 3 && inIdentifier == null && XROAD.equals(ns)) {
                            header.put(reader.getLocalName(), text.toString().strip());
                        } else if (depth == 3) {
                            inIdentifier = null;
                        }
                        depth--;
                        text.setLength(0);
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
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
                        inHeader = "Header".equals(local) ? local : null;
                        if ("Body".equals(local) && operation != null) {
                            throw refuse("two bodies");
                        }
                    } else if (depth == 3 && inHeader != null && XROAD.equals(ns)) {
                        if ("client".equals(local) || "service".equals(local)) {
                            inIdentifier = local;
                            header.put(local + ".objectType", reader.getAttributeValue(IDENTIFIERS, "objectType"));
                        }
                    } else if (depth == 3 && inHeader == null && operation == null) {
                        operation = local;
                        if (!complete) {
                            break;
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            List<Object> where = SafeXml.whereAndWhy(e);
            throw refuse("malformed XML at line " + where.get(0) + ", column " + where.get(1));
        }
        return of(soap12, header, operation);
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
