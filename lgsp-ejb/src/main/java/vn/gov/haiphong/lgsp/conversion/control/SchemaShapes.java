package vn.gov.haiphong.lgsp.conversion.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaParticle;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSequenceMember;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;
import org.apache.ws.commons.schema.XmlSchemaType;

/**
 * Schemas read into {@link Shape}s: an OpenAPI schema (the document as SnakeYAML reads it, {@code $ref}s into
 * {@code components/schemas} followed) or an XSD element (read by Apache XmlSchema). What a shape cannot say — XML
 * attributes, choices, recursion past {@link #MAX_DEPTH} — is read as {@link Shape#ANY}, mapped as found.
 */
public final class SchemaShapes {

    static final int MAX_DEPTH = 16;
    private static final Set<String> XSD_INTEGERS = Set.of("integer", "int", "long", "short", "byte", "nonNegativeInteger",
            "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
            "unsignedByte");
    private static final Set<String> XSD_NUMBERS = Set.of("decimal", "double", "float");

    private SchemaShapes() {
    }

    /** An OpenAPI 3 schema object; {@code components} is the document's {@code components.schemas} (may be empty). */
    public static Shape ofOpenApi(Object schema, Map<?, ?> components) {
        return openApi(schema, components, 0);
    }

    private static Shape openApi(Object node, Map<?, ?> components, int depth) {
        if (!(node instanceof Map<?, ?> schema) || depth > MAX_DEPTH) {
            return Shape.ANY;
        }
        if (schema.get("$ref") instanceof String ref) {
            String prefix = "#/components/schemas/";
            return ref.startsWith(prefix) ? openApi(components.get(ref.substring(prefix.length())), components, depth + 1)
                    : Shape.ANY;
        }
        Object type = schema.get("type");
        if ("array".equals(type)) {
            return Shape.array(openApi(schema.get("items"), components, depth + 1));
        }
        if ("object".equals(type) || type == null && schema.get("properties") instanceof Map) {
            if (!(schema.get("properties") instanceof Map<?, ?> properties) || properties.isEmpty()) {
                return Shape.ANY;
            }
            List<?> required = schema.get("required") instanceof List<?> r ? r : List.of();
            Map<String, Shape.Field> fields = new LinkedHashMap<>();
            properties.forEach((name, property) -> fields.put(String.valueOf(name), new Shape.Field(String.valueOf(name),
                    openApi(property, components, depth + 1), required.contains(name))));
            return Shape.object(fields);
        }
        if ("integer".equals(type)) {
            return Shape.scalar(Shape.Kind.INTEGER);
        }
        if ("number".equals(type)) {
            return Shape.scalar(Shape.Kind.NUMBER);
        }
        if ("boolean".equals(type)) {
            return Shape.scalar(Shape.Kind.BOOLEAN);
        }
        if ("string".equals(type)) {
            Object format = schema.get("format");
            return Shape.text("date".equals(format) || "date-time".equals(format) ? (String) format : null);
        }
        return Shape.ANY;
    }

    /** An XSD element declaration's content (a reference followed). */
    public static Shape ofXsd(XmlSchemaElement element) {
        return xsd(element, 0);
    }

    private static Shape xsd(XmlSchemaElement element, int depth) {
        XmlSchemaElement declared = element.isRef() && element.getRef().getTarget() != null
                ? element.getRef().getTarget() : element;
        if (depth > MAX_DEPTH) {
            return Shape.ANY;
        }
        XmlSchemaType type = declared.getSchemaType();
        QName typeName = declared.getSchemaTypeName();
        if (type instanceof XmlSchemaComplexType complex) {
            return complex(complex, depth);
        }
        if (type instanceof XmlSchemaSimpleType simple) {
            return simple(simple, typeName);
        }
        return typeName == null ? Shape.ANY : builtIn(typeName);
    }

    private static Shape complex(XmlSchemaComplexType complex, int depth) {
        XmlSchemaParticle particle = complex.getParticle();
        if (!(particle instanceof XmlSchemaSequence sequence) || !complex.getAttributes().isEmpty()) {
            return Shape.ANY;
        }
        Map<String, Shape.Field> fields = new LinkedHashMap<>();
        for (XmlSchemaSequenceMember member : sequence.getItems()) {
            if (!(member instanceof XmlSchemaElement child)) {
                return Shape.ANY;
            }
            XmlSchemaElement declared = child.isRef() && child.getRef().getTarget() != null ? child.getRef().getTarget()
                    : child;
            Shape shape = xsd(child, depth + 1);
            fields.put(declared.getName(), new Shape.Field(declared.getName(),
                    child.getMaxOccurs() > 1 ? Shape.array(shape) : shape, child.getMinOccurs() > 0));
        }
        return Shape.object(fields);
    }

    private static Shape simple(XmlSchemaSimpleType simple, QName typeName) {
        if (typeName != null && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(typeName.getNamespaceURI())) {
            return builtIn(typeName);
        }
        if (simple.getQName() != null && XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(simple.getQName().getNamespaceURI())) {
            return builtIn(simple.getQName());
        }
        if (simple.getContent() instanceof XmlSchemaSimpleTypeRestriction restriction
                && restriction.getBaseTypeName() != null) {
            return builtIn(restriction.getBaseTypeName());
        }
        return Shape.STRING;
    }

    private static Shape builtIn(QName name) {
        if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(name.getNamespaceURI())) {
            return Shape.STRING;
        }
        String local = name.getLocalPart();
        if (XSD_INTEGERS.contains(local)) {
            return Shape.scalar(Shape.Kind.INTEGER);
        }
        if (XSD_NUMBERS.contains(local)) {
            return Shape.scalar(Shape.Kind.NUMBER);
        }
        if ("boolean".equals(local)) {
            return Shape.scalar(Shape.Kind.BOOLEAN);
        }
        if ("anyType".equals(local)) {
            return Shape.ANY;
        }
        return Shape.text("date".equals(local) ? "date" : "dateTime".equals(local) ? "date-time" : null);
    }
}
