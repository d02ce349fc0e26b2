package vn.gov.haiphong.lgsp.catalog.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.xml.SafeXml;

/**
 * A contract (hợp đồng dịch vụ) as a consumer sees it: the provider's own addresses replaced by
 * {@link #HIDDEN}. Consumers reach a provider only through the gateway, and the catalog does not tell them
 * where it is (its {@code providerUrl} is for those who manage it); X-Road's getWsdl must hide them too
 * (PR-META §4). WSDL: the {@code location} of every SOAP 1.1/1.2 {@code address}; OpenAPI: every
 * {@code servers[].url}. Everything else is kept; an OpenAPI document is written again in its own syntax
 * (JSON or YAML), so its formatting and comments are not.
 */
public final class ContractEndpoints {

    /** Where a consumer's copy of a contract says the service is (X-Road's placeholder). */
    public static final String HIDDEN = "http://example.org/xroad-endpoint";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private ContractEndpoints() {
    }

    /**
     * The WSDL with its SOAP addresses hidden (other bindings' addresses, e.g. {@code http:address}, kept); a
     * document that names none (an XSD, an abstract WSDL) comes back as it is, the same array.
     */
    public static byte[] hiddenInWsdl(byte[] wsdl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(wsdl.length + 64);
        boolean hidden = false;
        try {
            XMLEventReader in = SafeXml.factory().createXMLEventReader(new ByteArrayInputStream(wsdl));
            XMLEventWriter w = OUTPUT.createXMLEventWriter(out, "UTF-8");
            while (in.hasNext()) {
                XMLEvent e = in.nextEvent();
                if (e.isStartDocument()) {
                    w.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                } else if (e.isStartElement() && isSoapAddress(e.asStartElement())) {
                    w.add(hidden(e.asStartElement()));
                    hidden = true;
                } else if (e.getEventType() != XMLEvent.DTD) { // contracts are stored without one; never pass one on
                    w.add(e);
                }
            }
            w.close();
        } catch (XMLStreamException e) {
            throw unreadable();
        }
        return hidden ? out.toByteArray() : wsdl;
    }

    /**
     * The OpenAPI document with every server's URL hidden (servers' descriptions and variables kept); one without
     * {@code servers} comes back as it is, the same array.
     */
    public static byte[] hiddenInOpenApi(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        byte[] hidden = text.stripLeading().startsWith("{") ? hiddenInJson(text) : hiddenInYaml(text);
        return hidden != null ? hidden : document;
    }

    /** null: no servers to hide. */
    private static byte[] hiddenInJson(String text) {
        JsonObject api;
        try (JsonReader reader = JsonText.JSON.createReader(new java.io.StringReader(text))) {
            api = reader.readObject();
        } catch (RuntimeException e) {
            throw unreadable();
        }
        if (!(api.get("servers") instanceof jakarta.json.JsonArray servers)) {
            return null;
        }
        var hidden = JsonText.JSON.createArrayBuilder();
        servers.forEach(s -> hidden.add(s instanceof JsonObject server
                ? JsonText.JSON.createObjectBuilder(server).add("url", HIDDEN) : JsonText.JSON.createObjectBuilder()
                        .add("url", HIDDEN)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
        try (JsonWriter w = JsonText.JSON.createWriter(out)) {
            w.writeObject(JsonText.JSON.createObjectBuilder(api).add("servers", hidden).build());
        }
        return out.toByteArray();
    }

    private static byte[] hiddenInYaml(String text) {
        Object api;
        try {
            api = OpenApiContract.yaml(text.length()).load(text);
        } catch (YAMLException e) {
            throw unreadable();
        }
        if (!(api instanceof Map<?, ?> map) || !(map.get("servers") instanceof List<?> servers)) {
            return null;
        }
        List<Object> hidden = new ArrayList<>();
        for (Object server : servers) {
            Map<Object, Object> copy = server instanceof Map<?, ?> s ? new LinkedHashMap<>(s) : new LinkedHashMap<>();
            copy.put("url", HIDDEN);
            hidden.add(copy);
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
        copy.put("servers", hidden);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        return new Yaml(options).dump(copy).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isSoapAddress(StartElement start) {
        return "address".equals(start.getName().getLocalPart())
                && WsdlContract.SOAP_BINDINGS.contains(start.getName().getNamespaceURI());
    }

    private static StartElement hidden(StartElement address) {
        List<Attribute> attributes = new ArrayList<>();
        address.getAttributes().forEachRemaining(a -> attributes.add(new QName("location").equals(a.getName())
                ? EVENTS.createAttribute(a.getName(), HIDDEN) : a));
        return EVENTS.createStartElement(address.getName(), attributes.iterator(), address.getNamespaces());
    }

    /** Stored contracts were read when they were registered: failing now is the platform's fault. */
    private static LgspException unreadable() {
        return new LgspException(ErrorCode.SERVICE_FAILED, "contract", "the stored contract cannot be read");
    }
}
