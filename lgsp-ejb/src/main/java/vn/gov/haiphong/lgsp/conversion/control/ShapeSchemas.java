package vn.gov.haiphong.lgsp.conversion.control;

import vn.gov.haiphong.lgsp.common.JsonText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@link Shape}s written as the other side's schema language: an XSD element declaration (for the WSDL of a REST
 * service published as SOAP) or a JSON Schema (for the OpenAPI document of a SOAP service published as REST).
 */
public final class ShapeSchemas {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private ShapeSchemas() {
    }

    /**
     * {@code <xs:element name=…>} for the shape; an array field is its item's element with {@code maxOccurs="unbounded"}.
     */
    public static void xsdElement(XMLStreamWriter w, String name, Shape shape, boolean required)
            throws XMLStreamException {
        boolean repeated = shape.kind() == Shape.Kind.ARRAY;
        Shape content = repeated ? shape.items() : shape;
        boolean complex = content.kind() == Shape.Kind.OBJECT;
        if (complex) {
            w.writeStartElement("xs", "element", XS);
        } else {
            w.writeEmptyElement("xs", "element", XS);
        }
        w.writeAttribute("name", name);
        if (!required || repeated) {
            w.writeAttribute("minOccurs", "0");
        }
        if (repeated) {
            w.writeAttribute("maxOccurs", "unbounded");
        }
        if (!complex) {
            w.writeAttribute("type", "xs:" + xsdType(content));
            return;
        }
        xsdComplexType(w, content);
        w.writeEndElement();
    }

    /** An anonymous complex type: the object's fields as a sequence, in order. */
    public static void xsdComplexType(XMLStreamWriter w, Shape object) throws XMLStreamException {
        w.writeStartElement("xs", "complexType", XS);
        w.writeStartElement("xs", "sequence", XS);
        for (Shape.Field field : object.fields().values()) {
            xsdElement(w, field.name(), field.shape(), field.required());
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String xsdType(Shape shape) {
        return switch (shape.kind()) {
            case INTEGER -> "long";
            case NUMBER -> "decimal";
            case BOOLEAN -> "boolean";
            case STRING -> "date".equals(shape.format()) ? "date" : "date-time".equals(shape.format()) ? "dateTime" : "string";
            default -> "anyType";
        };
    }

    /** The shape as a JSON Schema (OpenAPI 3.0 schema object). */
    public static JsonObject jsonSchema(Shape shape) {
        JsonObjectBuilder schema = JsonText.JSON.createObjectBuilder();
        switch (shape.kind()) {
            case OBJECT -> {
                schema.add("type", "object");
                JsonObjectBuilder properties = JsonText.JSON.createObjectBuilder();
                JsonArrayBuilder required = JsonText.JSON.createArrayBuilder();
                boolean anyRequired = false;
                for (Shape.Field field : shape.fields().values()) {
                    properties.add(field.name(), jsonSchema(field.shape()));
                    if (field.required() && field.shape().kind() != Shape.Kind.ARRAY) {
                        required.add(field.name());
                        anyRequired = true;
                    }
                }
                schema.add("properties", properties);
                if (anyRequired) {
                    schema.add("required", required);
                }
                schema.add("additionalProperties", false);
            }
            case ARRAY -> schema.add("type", "array").add("items", jsonSchema(shape.items()));
            case INTEGER -> schema.add("type", "integer").add("format", "int64");
            case NUMBER -> schema.add("type", "number");
            case BOOLEAN -> schema.add("type", "boolean");
            case STRING -> {
                schema.add("type", "string");
                if (shape.format() != null) {
                    schema.add("format", shape.format());
                }
            }
            default -> {
                // any JSON value: an empty schema
            }
        }
        return schema.build();
    }
}
