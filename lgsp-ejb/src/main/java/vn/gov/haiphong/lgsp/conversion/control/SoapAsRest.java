package vn.gov.haiphong.lgsp.conversion.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.ws.commons.schema.XmlSchemaCollection;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.gov.haiphong.lgsp.common.JsonText;

/**
 * A SOAP service published as REST: each WSDL operation is {@code POST /<operation>}, its JSON body the request
 * element's content and its JSON answer the response element's, both by the service's XSD (read with Apache
 * XmlSchema); a SOAP Fault comes back as its code and text. The OpenAPI document is generated from the same shapes.
 */
public final class SoapAsRest {

    static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    static final String WSDL_SOAP12 = "http://schemas.xmlsoap.org/wsdl/soap12/";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
    static final String IDENTIFIERS = "http://x-road.eu/xsd/identifiers";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** One operation: its request and response elements and their shapes, and the SOAP action its binding names. */
    public record Operation(String code, QName input, QName output, Shape request, Shape response, String soapAction) {
    }

    /** The service's operations by name, and whether it speaks SOAP 1.2 (its binding says so). */
    public record Plan(boolean soap12, Map<String, Operation> operations) {
    }

    /** What the provider answered: the response as JSON, or its fault. */
    public sealed interface Answer permits Json, Fault {
    }

    public record Json(JsonValue value) implements Answer {
    }

    /** @param client whether the fault is the caller's ({@code Client}/{@code Sender}) rather than the provider's */
    public record Fault(String code, String text, boolean client) implements Answer {
    }

    private SoapAsRest() {
    }

    /** The plan from a WSDL with its schemas inlined ({@code SelfContainedWsdl}). */
    public static Plan plan(byte[] wsdl) {
        Document document = XmlTrees.parse(wsdl);
        Element definitions = document.getDocumentElement();
        XmlSchemaCollection schemas = new XmlSchemaCollection();
        schemas.setSchemaResolver((namespace, location, base) -> {
            // nothing is fetched: the stored schemas are inlined, an import names a namespace already read
            throw new ConversionException("the schema " + location + " is not among the service's documents");
        });
        Element types = XmlTrees.child(definitions, WSDL, "types");
        if (types != null) {
            for (Element schema = XmlTrees.firstElement(types); schema != null; schema = next(schema)) {
                if ("schema".equals(schema.getLocalName()) && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(schema.getNamespaceURI())) {
                    schemas.read(schema);
                }
            }
        }
        Map<String, QName> messages = new LinkedHashMap<>();
        boolean soap12 = false;
        Map<String, String> actions = new LinkedHashMap<>();
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Element e = XmlTrees.firstElement(definitions); e != null; e = next(e)) {
            if (!WSDL.equals(e.getNamespaceURI())) {
                continue;
            }
            if ("message".equals(e.getLocalName())) {
                Element part = XmlTrees.child(e, WSDL, "part");
                if (part != null && !part.getAttribute("element").isEmpty()) {
                    messages.put(e.getAttribute("name"), qname(part, part.getAttribute("element")));
                }
            } else if ("binding".equals(e.getLocalName())) {
                for (Element b = XmlTrees.firstElement(e); b != null; b = next(b)) {
                    soap12 |= "binding".equals(b.getLocalName()) && WSDL_SOAP12.equals(b.getNamespaceURI());
                    if ("operation".equals(b.getLocalName())) {
                        Element soapOperation = XmlTrees.firstElement(b);
                        if (soapOperation != null && "operation".equals(soapOperation.getLocalName())) {
                            actions.put(b.getAttribute("name"), soapOperation.getAttribute("soapAction"));
                        }
                    }
                }
            }
        }
        Element portType = XmlTrees.child(definitions, WSDL, "portType");
        for (Element op = portType == null ? null : XmlTrees.firstElement(portType); op != null; op = next(op)) {
            String name = op.getAttribute("name");
            Element input = XmlTrees.child(op, WSDL, "input");
            Element output = XmlTrees.child(op, WSDL, "output");
            QName in = input == null ? null : messages.get(qname(input, input.getAttribute("message")).getLocalPart());
            QName out = output == null ? null : messages.get(qname(output, output.getAttribute("message")).getLocalPart());
            if (in == null || out == null) {
                throw new ConversionException(name + ": a document/literal operation with an input and an output element"
                        + " is expected");
            }
            operations.put(name, new Operation(name, in, out, shape(schemas, in), shape(schemas, out),
                    actions.getOrDefault(name, "")));
        }
        if (operations.isEmpty()) {
            throw new ConversionException("the WSDL has no operation");
        }
        return new Plan(soap12, operations);
    }

    private static Shape shape(XmlSchemaCollection schemas, QName element) {
        XmlSchemaElement declared = schemas.getElementByQName(element);
        if (declared == null) {
            throw new ConversionException(element + ": no such element in the service's schemas");
        }
        Shape shape = SchemaShapes.ofXsd(declared);
        return shape.kind() == Shape.Kind.OBJECT ? shape : Shape.ANY;
    }

    private static QName qname(Element context, String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? null : prefixed.substring(0, colon);
        String ns = context.lookupNamespaceURI(prefix);
        return new QName(ns == null ? "" : ns, prefixed.substring(colon + 1));
    }

    private static Element next(Element e) {
        for (org.w3c.dom.Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element sibling) {
                return sibling;
            }
        }
        return null;
    }

    /**
     * The SOAP request for a JSON body: the X-Road header as decided ({@code client}
     * {@code instance/class/member/subsystem}, {@code service} {@code …/serviceCode[/version]}), the request element
     * written from the JSON by its shape.
     */
    public static byte[] envelope(Plan plan, Operation op, JsonValue body, String client, String service, String xroadId,
                                  String userId, String issue) {
        if (!(body instanceof JsonObject object)) {
            throw new ConversionException(op.code() + ": the body must be a JSON object");
        }
        String env = plan.soap12() ? SOAP12 : SOAP11;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("soap", env);
            w.setPrefix("xrd", XROAD);
            w.setPrefix("id", IDENTIFIERS);
            w.setPrefix("tns", op.input().getNamespaceURI());
            w.writeStartElement(env, "Envelope");
            w.writeNamespace("soap", env);
            w.writeNamespace("xrd", XROAD);
            w.writeNamespace("id", IDENTIFIERS);
            w.writeNamespace("tns", op.input().getNamespaceURI());
            w.writeStartElement(env, "Header");
            identifier(w, "client", "SUBSYSTEM", client.split("/"), "subsystemCode");
            identifier(w, "service", "SERVICE", service.split("/"), "subsystemCode", "serviceCode", "serviceVersion");
            text(w, "id", xroadId);
            text(w, "userId", userId);
            text(w, "issue", issue);
            text(w, "protocolVersion", "4.0");
            w.writeEndElement();
            w.writeStartElement(env, "Body");
            w.writeStartElement(op.input().getNamespaceURI(), op.input().getLocalPart());
            JsonXml.writeFields(w, op.input().getNamespaceURI(), object, op.request(), op.code());
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

    private static void identifier(XMLStreamWriter w, String name, String type, String[] parts, String... tail)
            throws XMLStreamException {
        w.writeStartElement(XROAD, name);
        w.writeAttribute("id", IDENTIFIERS, "objectType", type);
        String[] names = new String[3 + tail.length];
        names[0] = "xRoadInstance";
        names[1] = "memberClass";
        names[2] = "memberCode";
        System.arraycopy(tail, 0, names, 3, tail.length);
        for (int i = 0; i < parts.length && i < names.length; i++) {
            w.writeStartElement(IDENTIFIERS, names[i]);
            w.writeCharacters(parts[i]);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement(XROAD, name);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }

    /** The provider's SOAP answer: its response element as JSON, or its fault. */
    public static Answer answer(Plan plan, Operation op, byte[] message) {
        Element envelope = XmlTrees.parse(message).getDocumentElement();
        String env = envelope.getNamespaceURI();
        if (!"Envelope".equals(envelope.getLocalName()) || !SOAP11.equals(env) && !SOAP12.equals(env)) {
            throw new ConversionException("not a SOAP envelope");
        }
        Element body = XmlTrees.child(envelope, env, "Body");
        Element content = body == null ? null : XmlTrees.firstElement(body);
        if (content == null) {
            throw new ConversionException("a SOAP body without content");
        }
        if ("Fault".equals(content.getLocalName()) && env.equals(content.getNamespaceURI())) {
            return fault(content, SOAP12.equals(env));
        }
        if (!op.output().getLocalPart().equals(content.getLocalName())
                || !op.output().getNamespaceURI().equals(content.getNamespaceURI())) {
            throw new ConversionException("the answer is " + content.getLocalName() + ", not " + op.output().getLocalPart());
        }
        return new Json(JsonXml.read(content, op.response(), op.output().getLocalPart()));
    }

    private static Fault fault(Element fault, boolean soap12) {
        String code;
        String text;
        if (soap12) {
            Element c = XmlTrees.child(fault, SOAP12, "Code");
            Element value = c == null ? null : XmlTrees.child(c, SOAP12, "Value");
            Element reason = XmlTrees.child(fault, SOAP12, "Reason");
            Element t = reason == null ? null : XmlTrees.child(reason, SOAP12, "Text");
            code = value == null ? "" : value.getTextContent().strip();
            text = t == null ? "" : t.getTextContent().strip();
        } else {
            Element c = XmlTrees.child(fault, "", "faultcode");
            Element t = XmlTrees.child(fault, "", "faultstring");
            code = c == null ? "" : c.getTextContent().strip();
            text = t == null ? "" : t.getTextContent().strip();
        }
        String local = code.substring(code.indexOf(':') + 1);
        return new Fault(code, text, local.startsWith("Client") || local.startsWith("Sender"));
    }

    /**
     * The OpenAPI 3.0 document of the service published as REST: {@code POST /<operation>} for each operation, the
     * schemas generated from the XSD shapes, the gateway's X-Road headers and problem+json refusals.
     */
    public static byte[] openApi(Plan plan, String title, String version, String serverUrl) {
        JsonObjectBuilder paths = JsonText.JSON.createObjectBuilder();
        JsonObjectBuilder schemas = JsonText.JSON.createObjectBuilder();
        JsonObject problem = JsonText.JSON.createObjectBuilder().add("description",
                "Lỗi (problem+json; lỗi SOAP của bên cung cấp) / Error (problem+json; the provider's SOAP fault)")
                .add("content", JsonText.JSON.createObjectBuilder().add("application/problem+json",
                        JsonText.JSON.createObjectBuilder().add("schema", JsonText.JSON.createObjectBuilder()
                                .add("$ref", "#/components/schemas/Problem")))).build();
        for (Operation op : plan.operations().values()) {
            schemas.add(op.input().getLocalPart(), ShapeSchemas.jsonSchema(op.request()));
            schemas.add(op.output().getLocalPart(), ShapeSchemas.jsonSchema(op.response()));
            JsonArrayBuilder parameters = JsonText.JSON.createArrayBuilder()
                    .add(header("X-Road-Client", true, "The calling subsystem, instance/class/member/subsystem"))
                    .add(header("X-Road-Id", false, "The caller's message id"))
                    .add(header("X-Road-UserId", false, "The user the call is made for"));
            JsonObjectBuilder post = JsonText.JSON.createObjectBuilder()
                    .add("operationId", op.code())
                    .add("summary", "SOAP " + op.code() + " (chuyển đổi / converted)")
                    .add("parameters", parameters)
                    .add("requestBody", JsonText.JSON.createObjectBuilder().add("required", true).add("content",
                            jsonContent(op.input().getLocalPart())))
                    .add("responses", JsonText.JSON.createObjectBuilder()
                            .add("200", JsonText.JSON.createObjectBuilder().add("description", op.output().getLocalPart())
                                    .add("content", jsonContent(op.output().getLocalPart())))
                            .add("default", problem));
            paths.add("/" + op.code(), JsonText.JSON.createObjectBuilder().add("post", post));
        }
        schemas.add("Problem", JsonText.JSON.createObjectBuilder().add("type", "object")
                .add("properties", JsonText.JSON.createObjectBuilder()
                        .add("type", JsonText.JSON.createObjectBuilder().add("type", "string"))
                        .add("title", JsonText.JSON.createObjectBuilder().add("type", "string"))
                        .add("status", JsonText.JSON.createObjectBuilder().add("type", "integer"))
                        .add("detail", JsonText.JSON.createObjectBuilder().add("type", "string"))
                        .add("faultCode", JsonText.JSON.createObjectBuilder().add("type", "string"))));
        JsonObject document = JsonText.JSON.createObjectBuilder()
                .add("openapi", "3.0.3")
                .add("info", JsonText.JSON.createObjectBuilder().add("title", title).add("version", version)
                        .add("description", "Sinh từ WSDL của dịch vụ SOAP (chuyển đổi giao thức) / Generated from the SOAP"
                                + " service's WSDL (protocol conversion)"))
                .add("servers", JsonText.JSON.createArrayBuilder().add(JsonText.JSON.createObjectBuilder().add("url", serverUrl)))
                .add("paths", paths)
                .add("components", JsonText.JSON.createObjectBuilder().add("schemas", schemas)
                        .add("securitySchemes", JsonText.JSON.createObjectBuilder().add("bearer",
                                JsonText.JSON.createObjectBuilder().add("type", "http").add("scheme", "bearer"))))
                .add("security", JsonText.JSON.createArrayBuilder().add(JsonText.JSON.createObjectBuilder()
                        .add("bearer", JsonText.JSON.createArrayBuilder())))
                .build();
        return document.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject header(String name, boolean required, String description) {
        return JsonText.JSON.createObjectBuilder().add("name", name).add("in", "header").add("required", required)
                .add("description", description)
                .add("schema", JsonText.JSON.createObjectBuilder().add("type", "string")).build();
    }

    private static JsonObject jsonContent(String schema) {
        return JsonText.JSON.createObjectBuilder().add("application/json", JsonText.JSON.createObjectBuilder()
                .add("schema", JsonText.JSON.createObjectBuilder().add("$ref", "#/components/schemas/" + schema))).build();
    }
}
