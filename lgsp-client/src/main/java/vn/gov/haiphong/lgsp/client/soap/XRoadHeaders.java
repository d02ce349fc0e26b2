package vn.gov.haiphong.lgsp.client.soap;

import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;

/**
 * The X-Road 4.0 message headers (tiêu đề X-Road) a call through {@code /ws/gateway} carries: who calls
 * ({@code xrd:client}, the caller's own subsystem), which service ({@code xrd:service}), a fresh {@code xrd:id} per
 * call, optionally the person on whose behalf ({@code xrd:userId}), and {@code xrd:protocolVersion} 4.0. What the
 * gateway echoes in its answer (the headers and {@code xrd:requestHash}) is kept in {@link #echoed()}. Added to a
 * port by {@link LgspSoap#throughGateway}.
 */
public final class XRoadHeaders implements SOAPHandler<SOAPMessageContext> {

    public static final String XRD = "http://x-road.eu/xsd/xroad.xsd";
    public static final String ID = "http://x-road.eu/xsd/identifiers";

    private final String instance;
    private final String memberClass;
    private final String[] client;
    private final String[] service;
    private volatile String userId;
    private volatile String nextId;
    private final Map<String, String> echoed = new ConcurrentHashMap<>();

    /**
     * @param client  the calling subsystem, {@code memberCode/subsystemCode} ({@code H24.101/mot-cua})
     * @param service the service, {@code memberCode/subsystemCode/serviceCode} ({@code H24.03/ho-tich/tra-cuu-ho-tich})
     */
    public XRoadHeaders(String client, String service) {
        this("VN", "GOV", client, service);
    }

    public XRoadHeaders(String instance, String memberClass, String client, String service) {
        this.instance = instance;
        this.memberClass = memberClass;
        this.client = parts(client, 2, "client");
        this.service = parts(service, 3, "service");
    }

    /** The person the call is made for (e.g. {@code VN-CCCD-031080000123}); none when null. */
    public XRoadHeaders userId(String userId) {
        this.userId = userId;
        return this;
    }

    /** The {@code xrd:id} of the next call only (a fresh UUID otherwise): to find it in the exchange log. */
    public XRoadHeaders nextId(String id) {
        this.nextId = id;
        return this;
    }

    /** What the gateway echoed in the last answer: {@code id}, {@code requestHash}, {@code service.subsystemCode} … */
    public Map<String, String> echoed() {
        return Map.copyOf(echoed);
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        try {
            SOAPMessage message = context.getMessage();
            SOAPHeader header = message.getSOAPHeader() != null ? message.getSOAPHeader()
                    : message.getSOAPPart().getEnvelope().addHeader();
            if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
                identifier(header.addHeaderElement(new QName(XRD, "client", "xrd")), "SUBSYSTEM",
                        "memberCode", client[0], "subsystemCode", client[1]);
                identifier(header.addHeaderElement(new QName(XRD, "service", "xrd")), "SERVICE",
                        "memberCode", service[0], "subsystemCode", service[1], "serviceCode", service[2]);
                String id = nextId != null ? nextId : UUID.randomUUID().toString();
                nextId = null;
                header.addHeaderElement(new QName(XRD, "id", "xrd")).addTextNode(id);
                if (userId != null) {
                    header.addHeaderElement(new QName(XRD, "userId", "xrd")).addTextNode(userId);
                }
                header.addHeaderElement(new QName(XRD, "protocolVersion", "xrd")).addTextNode("4.0");
            } else {
                echoed.clear();
                keepEchoed(header);
            }
            return true;
        } catch (SOAPException e) {
            throw new IllegalStateException("X-Road headers: " + e.getMessage(), e);
        }
    }

    private void keepEchoed(SOAPHeader header) {
        for (Iterator<?> it = header.getChildElements(); it.hasNext(); ) {
            if (it.next() instanceof SOAPElement e && XRD.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("service")) {
                    for (Iterator<?> parts = e.getChildElements(); parts.hasNext(); ) {
                        if (parts.next() instanceof SOAPElement part) {
                            echoed.put("service." + part.getLocalName(), part.getTextContent());
                        }
                    }
                } else {
                    echoed.put(e.getLocalName(), e.getTextContent());
                }
            }
        }
    }

    private void identifier(SOAPElement element, String type, String... parts) throws SOAPException {
        element.addAttribute(new QName(ID, "objectType", "id"), type);
        element.addChildElement(new QName(ID, "xRoadInstance", "id")).addTextNode(instance);
        element.addChildElement(new QName(ID, "memberClass", "id")).addTextNode(memberClass);
        for (int i = 0; i < parts.length; i += 2) {
            element.addChildElement(new QName(ID, parts[i], "id")).addTextNode(parts[i + 1]);
        }
    }

    private static String[] parts(String address, int count, String what) {
        String[] parts = address == null ? new String[0] : address.split("/");
        if (parts.length != count) {
            throw new IllegalArgumentException(what + " must have " + count + " parts separated by '/': " + address);
        }
        return parts;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        keepEchoedQuietly(context);
        return true;
    }

    private void keepEchoedQuietly(SOAPMessageContext context) {
        try {
            SOAPHeader header = context.getMessage().getSOAPHeader();
            echoed.clear();
            if (header != null) {
                keepEchoed(header);
            }
        } catch (SOAPException e) {
            // A fault without readable headers: nothing echoed.
        }
    }

    @Override
    public void close(MessageContext context) {
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
