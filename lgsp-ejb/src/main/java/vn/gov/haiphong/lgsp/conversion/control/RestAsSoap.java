package vn.gov.haiphong.lgsp.conversion.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.gov.haiphong.lgsp.common.JsonText;

/**
 * A REST service published as SOAP (document/literal, SOAP 1.1): each OpenAPI operation with an {@code operationId}
 * is the SOAP operation of that name. Its request element holds the path and query parameters (typed by their
 * schemas) then {@code body} (the JSON request body, by its schema); its response element {@code <id>Response} holds
 * the fields of the JSON answer (by the 2xx {@code application/json} schema), or {@code result} when the answer is not
 * an object. The WSDL is generated from the same shapes.
 */
public final class RestAsSoap {

    static final String BODY = "body";
    static final String RESULT = "result";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** A path or query parameter. */
    public record Param(String name, boolean inPath, Shape shape, boolean required) {
    }

    /**
     * @param body   the JSON request body's shape, null when the operation takes none
     * @param answer the JSON answer's shape ({@link Shape#ANY} when the contract gives none)
     */
    public record Operation(String code, String method, String pathTemplate, List<Param> params, Shape body,
                            Shape answer) {

        /** The request element's shape: parameters, then the body. */
        public Shape request() {
            Map<String, Shape.Field> fields = new LinkedHashMap<>();
            params.forEach(p -> fields.put(p.name(), new Shape.Field(p.name(), p.shape(), p.required())));
            if (body != null) {
                fields.put(BODY, new Shape.Field(BODY, body, true));
            }
            return Shape.object(fields);
        }
    }

    /** The REST call a SOAP request element converts to. */
    public record RestCall(String method, String pathAndQuery, byte[] json) {
    }

    private RestAsSoap() {
    }

    /** Every operation of the OpenAPI document that has an operationId, by it; refused when one cannot be converted. */
    public static Map<String, Operation> plan(byte[] openApi) {
        Map<?, ?> root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            Object loaded = new Yaml(new SafeConstructor(options)).load(new String(openApi, StandardCharsets.UTF_8));
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new ConversionException("the OpenAPI document is not an object");
            }
            root = map;
        } catch (YAMLException e) {
            throw new ConversionException("the OpenAPI document cannot be read");
        }
        Map<?, ?> components = root.get("components") instanceof Map<?, ?> c && c.get("schemas") instanceof Map<?, ?> s
                ? s : Map.of();
        Map<String, Operation> operations = new LinkedHashMap<>();
        if (root.get("paths") instanceof Map<?, ?> paths) {
            paths.forEach((path, item) -> {
                if (item instanceof Map<?, ?> methods) {
                    methods.forEach((method, operation) -> {
                        if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
                            Operation read = operation(id, String.valueOf(method).toUpperCase(Locale.ROOT),
                                    String.valueOf(path), methods.get("parameters"), op, components);
                            operations.put(id, read);
                        }
                    });
                }
            });
        }
        if (operations.isEmpty()) {
            throw new ConversionException("no operation has an operationId to name its SOAP operation");
        }
        return operations;
    }

    private static Operation operation(String id, String method, String path, Object shared, Map<?, ?> op,
                                       Map<?, ?> components) {
        if (!XmlNames.isElementName(id) || !XmlNames.isElementName(id + "Response")) {
            throw new ConversionException(id + ": an operationId must be usable as an XML element name");
        }
        List<Param> params = new ArrayList<>();
        for (Object list : new Object[] {shared, op.get("parameters")}) {
            if (list instanceof List<?> declared) {
                for (Object p : declared) {
                    if (p instanceof Map<?, ?> param && param.get("name") instanceof String name
                            && ("path".equals(param.get("in")) || "query".equals(param.get("in")))) {
                        if (!XmlNames.isElementName(name) || BODY.equals(name)) {
                            throw new ConversionException(id + "." + name + ": not usable as an XML element name");
                        }
                        params.removeIf(known -> known.name().equals(name));
                        boolean inPath = "path".equals(param.get("in"));
                        params.add(new Param(name, inPath, SchemaShapes.ofOpenApi(param.get("schema"), components),
                                inPath || Boolean.TRUE.equals(param.get("required"))));
                    }
                }
            }
        }
        Shape body = json(op.get("requestBody"), components);
        Shape answer = Shape.ANY;
        if (op.get("responses") instanceof Map<?, ?> responses) {
            for (Map.Entry<?, ?> r : responses.entrySet()) {
                if (String.valueOf(r.getKey()).startsWith("2")) {
                    Shape found = json(r.getValue(), components);
                    if (found != null) {
                        answer = found;
                        break;
                    }
                }
            }
        }
        Operation operation = new Operation(id, method, path, List.copyOf(params), body, answer);
        XmlNames.requireElementNames(operation.request(), id);
        XmlNames.requireElementNames(answer, id + "Response");
        return operation;
    }

    /** The {@code application/json} schema of a request body or response; null when it has none. */
    private static Shape json(Object bodyOrResponse, Map<?, ?> components) {
        if (bodyOrResponse instanceof Map<?, ?> m && m.get("content") instanceof Map<?, ?> content) {
            for (Map.Entry<?, ?> media : content.entrySet()) {
                if (String.valueOf(media.getKey()).toLowerCase(Locale.ROOT).contains("json")
                        && media.getValue() instanceof Map<?, ?> type) {
                    return SchemaShapes.ofOpenApi(type.get("schema"), components);
                }
            }
        }
        return null;
    }

    /** The REST call for a request element of namespace {@code ns}: path filled, query built, body as JSON. */
    public static RestCall request(String ns, Operation op, Element element) {
        if (!ns.equals(element.getNamespaceURI())) {
            throw new ConversionException(op.code() + ": the request element is not in " + ns);
        }
        JsonObject values = (JsonObject) JsonXml.read(element, op.request(), op.code());
        String path = op.pathTemplate();
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            JsonValue value = values.get(p.name());
            if (p.inPath()) {
                if (value == null) {
                    throw new ConversionException(op.code() + "/" + p.name() + ": required (a path parameter)");
                }
                path = path.replace("{" + p.name() + "}", URLEncoder.encode(text(value), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            } else if (value != null) {
                List<JsonValue> each = value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
                for (JsonValue v : each) {
                    query.append(query.isEmpty() ? '?' : '&').append(URLEncoder.encode(p.name(), StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(text(v), StandardCharsets.UTF_8));
                }
            }
        }
        JsonValue body = values.get(BODY);
        byte[] json = op.body() == null ? null
                : (body == null ? "{}" : body.toString()).getBytes(StandardCharsets.UTF_8);
        return new RestCall(op.method(), path + query, json);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value instanceof JsonNumber n ? n.toString()
                : value.toString();
    }

    /** The response element {@code <code>Response} for the provider's JSON answer (empty: none). */
    public static void writeAnswer(XMLStreamWriter w, String ns, Operation op, byte[] json) throws XMLStreamException {
        w.setPrefix("tns", ns);
        w.writeStartElement("tns", op.code() + "Response", ns);
        w.writeNamespace("tns", ns);
        if (json.length > 0) {
            JsonValue value;
            try {
                value = JsonText.parse(new String(json, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw new ConversionException(op.code() + ": the provider's answer is not JSON");
            }
            if (value instanceof JsonObject object
                    && (op.answer().kind() == Shape.Kind.OBJECT || op.answer().kind() == Shape.Kind.ANY)) {
                JsonXml.writeFields(w, ns, object, op.answer(), op.code() + "Response");
            } else {
                JsonXml.write(w, ns, RESULT, value, op.answer(), op.code() + "Response");
            }
        }
        w.writeEndElement();
    }

    /** The SOAP message (the caller's SOAP version) carrying the response element for the provider's JSON answer. */
    public static byte[] answerEnvelope(boolean soap12, String ns, Operation op, byte[] json) {
        return envelope(soap12, w -> writeAnswer(w, ns, op, json));
    }

    /**
     * The SOAP Fault for a provider's HTTP error: {@code Client}/{@code Sender} for a 4xx, {@code Server}/{@code Receiver}
     * otherwise; the text in Vietnamese and English with the provider's own words (a problem's {@code detail} or
     * {@code title}, or its body's first characters); the detail carries the provider's status and body.
     */
    public static byte[] faultEnvelope(boolean soap12, int status, byte[] providerBody) {
        String body = new String(providerBody, StandardCharsets.UTF_8);
        String said = body.length() > 500 ? body.substring(0, 500) : body;
        try {
            if (JsonText.parse(body) instanceof JsonObject problem) {
                said = problem.getString("detail", problem.getString("title", problem.getString("loi", said)));
            }
        } catch (RuntimeException notJson) {
            // the provider's text as it came
        }
        boolean callers = status >= 400 && status < 500;
        String text = "Bên cung cấp trả lỗi HTTP " + status + " / The provider answered HTTP " + status
                + (said.isBlank() ? "" : ": " + said.strip());
        String env = soap12 ? SoapAsRest.SOAP12 : SoapAsRest.SOAP11;
        String detailNs = "http://lgsp.haiphong.gov.vn/ws/fault/v1";
        String whole = body.length() > 4000 ? body.substring(0, 4000) : body;
        return envelope(soap12, w -> {
            w.writeStartElement(env, "Fault");
            if (soap12) {
                w.writeStartElement(env, "Code");
                w.writeStartElement(env, "Value");
                w.writeCharacters("soap:" + (callers ? "Sender" : "Receiver"));
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement(env, "Reason");
                w.writeStartElement(env, "Text");
                w.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", "vi");
                w.writeCharacters(text);
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement(env, "Detail");
            } else {
                w.writeStartElement("faultcode");
                w.writeCharacters("soap:" + (callers ? "Client" : "Server"));
                w.writeEndElement();
                w.writeStartElement("faultstring");
                w.writeCharacters(text);
                w.writeEndElement();
                w.writeStartElement("detail");
            }
            w.setPrefix("lgsp", detailNs);
            w.writeStartElement(detailNs, "providerError");
            w.writeNamespace("lgsp", detailNs);
            w.writeStartElement(detailNs, "status");
            w.writeCharacters(String.valueOf(status));
            w.writeEndElement();
            w.writeStartElement(detailNs, "body");
            w.writeCharacters(whole);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /** What goes into a SOAP body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] envelope(boolean soap12, BodyWriter content) {
        String env = soap12 ? SoapAsRest.SOAP12 : SoapAsRest.SOAP11;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("soap", env);
            w.writeStartElement(env, "Envelope");
            w.writeNamespace("soap", env);
            w.writeStartElement(env, "Body");
            content.write(w);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * The WSDL 1.1 of the service published as SOAP: document/literal, SOAP 1.1, the schema generated from the OpenAPI
     * shapes in namespace {@code ns}; the address is the catalog's usual placeholder (callers post to the gateway).
     */
    public static byte[] wsdl(String ns, String name, Map<String, Operation> operations, String address) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            String wsdl = "http://schemas.xmlsoap.org/wsdl/";
            String soap = "http://schemas.xmlsoap.org/wsdl/soap/";
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("wsdl", wsdl);
            w.setPrefix("soap", soap);
            w.setPrefix("xs", ShapeSchemas.XS);
            w.setPrefix("tns", ns);
            w.writeStartElement(wsdl, "definitions");
            w.writeNamespace("wsdl", wsdl);
            w.writeNamespace("soap", soap);
            w.writeNamespace("xs", ShapeSchemas.XS);
            w.writeNamespace("tns", ns);
            w.writeAttribute("name", name);
            w.writeAttribute("targetNamespace", ns);
            w.writeStartElement(wsdl, "types");
            w.writeStartElement(ShapeSchemas.XS, "schema");
            w.writeAttribute("targetNamespace", ns);
            w.writeAttribute("elementFormDefault", "qualified");
            for (Operation op : operations.values()) {
                w.writeStartElement(ShapeSchemas.XS, "element");
                w.writeAttribute("name", op.code());
                ShapeSchemas.xsdComplexType(w, op.request());
                w.writeEndElement();
                responseElement(w, op);
            }
            w.writeEndElement();
            w.writeEndElement();
            for (Operation op : operations.values()) {
                for (String message : List.of(op.code(), op.code() + "Response")) {
                    w.writeStartElement(wsdl, "message");
                    w.writeAttribute("name", message);
                    w.writeEmptyElement(wsdl, "part");
                    w.writeAttribute("name", "parameters");
                    w.writeAttribute("element", "tns:" + message);
                    w.writeEndElement();
                }
            }
            w.writeStartElement(wsdl, "portType");
            w.writeAttribute("name", name + "PortType");
            for (Operation op : operations.values()) {
                w.writeStartElement(wsdl, "operation");
                w.writeAttribute("name", op.code());
                w.writeEmptyElement(wsdl, "input");
                w.writeAttribute("message", "tns:" + op.code());
                w.writeEmptyElement(wsdl, "output");
                w.writeAttribute("message", "tns:" + op.code() + "Response");
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(wsdl, "binding");
            w.writeAttribute("name", name + "Binding");
            w.writeAttribute("type", "tns:" + name + "PortType");
            w.writeEmptyElement(soap, "binding");
            w.writeAttribute("style", "document");
            w.writeAttribute("transport", "http://schemas.xmlsoap.org/soap/http");
            for (Operation op : operations.values()) {
                w.writeStartElement(wsdl, "operation");
                w.writeAttribute("name", op.code());
                w.writeEmptyElement(soap, "operation");
                w.writeAttribute("soapAction", "");
                for (String direction : List.of("input", "output")) {
                    w.writeStartElement(wsdl, direction);
                    w.writeEmptyElement(soap, "body");
                    w.writeAttribute("use", "literal");
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(wsdl, "service");
            w.writeAttribute("name", name);
            w.writeStartElement(wsdl, "port");
            w.writeAttribute("name", name + "Port");
            w.writeAttribute("binding", "tns:" + name + "Binding");
            w.writeEmptyElement(soap, "address");
            w.writeAttribute("location", address);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** {@code <code>Response}: the answer object's fields, {@code result}, or any content where no schema says. */
    private static void responseElement(XMLStreamWriter w, Operation op) throws XMLStreamException {
        w.writeStartElement(ShapeSchemas.XS, "element");
        w.writeAttribute("name", op.code() + "Response");
        if (op.answer().kind() == Shape.Kind.OBJECT) {
            ShapeSchemas.xsdComplexType(w, op.answer());
        } else if (op.answer().kind() == Shape.Kind.ANY) {
            w.writeStartElement(ShapeSchemas.XS, "complexType");
            w.writeStartElement(ShapeSchemas.XS, "sequence");
            w.writeEmptyElement(ShapeSchemas.XS, "any");
            w.writeAttribute("processContents", "lax");
            w.writeAttribute("minOccurs", "0");
            w.writeAttribute("maxOccurs", "unbounded");
            w.writeEndElement();
            w.writeEndElement();
        } else {
            ShapeSchemas.xsdComplexType(w, Shape.object(Map.of(RESULT, new Shape.Field(RESULT, op.answer(), false))));
        }
        w.writeEndElement();
    }
}
