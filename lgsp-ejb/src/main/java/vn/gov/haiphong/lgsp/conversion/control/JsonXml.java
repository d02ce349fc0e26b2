package vn.gov.haiphong.lgsp.conversion.control;

import vn.gov.haiphong.lgsp.common.JsonText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * JSON ↔ XML by a {@link Shape}: the schema, never the text, decides. JSON → XML writes an object's fields in the
 * schema's order, an array as its element repeated, a scalar as text after checking its JSON type; XML → JSON reads
 * each field the schema declares (an array always as a JSON array, whatever the count), numbers and booleans typed.
 * A field the schema does not declare is refused either way; whether a required field is present is the provider's
 * to judge, as it would for a caller speaking its own protocol.
 */
public final class JsonXml {

    private JsonXml() {
    }

    /** Writes {@code value} as element {@code name} (repeated for an array) in namespace {@code ns}. */
    public static void write(XMLStreamWriter w, String ns, String name, JsonValue value, Shape shape, String where)
            throws XMLStreamException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (shape.kind() == Shape.Kind.ARRAY || shape.kind() == Shape.Kind.ANY && value instanceof JsonArray) {
            if (!(value instanceof JsonArray array)) {
                throw new ConversionException(where + ": an array is expected");
            }
            Shape items = shape.kind() == Shape.Kind.ARRAY ? shape.items() : Shape.ANY;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonArray) {
                    throw new ConversionException(where + "[" + i + "]: an array in an array has no XML form");
                }
                write(w, ns, name, array.get(i), items, where + "[" + i + "]");
            }
            return;
        }
        w.writeStartElement(ns, name);
        if (shape.kind() == Shape.Kind.OBJECT || shape.kind() == Shape.Kind.ANY && value instanceof JsonObject) {
            if (!(value instanceof JsonObject object)) {
                throw new ConversionException(where + ": an object is expected");
            }
            writeFields(w, ns, object, shape, where);
        } else {
            w.writeCharacters(scalarText(value, shape, where));
        }
        w.writeEndElement();
    }

    /** An object's fields as child elements: in the schema's order, or as given where the schema does not say. */
    public static void writeFields(XMLStreamWriter w, String ns, JsonObject object, Shape shape, String where)
            throws XMLStreamException {
        if (shape.kind() == Shape.Kind.ANY) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                write(w, ns, e.getKey(), e.getValue(), Shape.ANY, where + "." + e.getKey());
            }
            return;
        }
        for (String key : object.keySet()) {
            if (!shape.fields().containsKey(key)) {
                throw new ConversionException(where + "." + key + ": not in the service's schema");
            }
        }
        for (Shape.Field field : shape.fields().values()) {
            write(w, ns, field.name(), object.get(field.name()), field.shape(), where + "." + field.name());
        }
    }

    private static String scalarText(JsonValue value, Shape shape, String where) {
        switch (shape.kind()) {
            case INTEGER -> {
                if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                    throw new ConversionException(where + ": an integer is expected");
                }
                return n.bigIntegerValue().toString();
            }
            case NUMBER -> {
                if (!(value instanceof JsonNumber n)) {
                    throw new ConversionException(where + ": a number is expected");
                }
                return n.bigDecimalValue().toPlainString();
            }
            case BOOLEAN -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    throw new ConversionException(where + ": true or false is expected");
                }
                return String.valueOf(value == JsonValue.TRUE);
            }
            case STRING -> {
                if (!(value instanceof JsonString s)) {
                    throw new ConversionException(where + ": a string is expected");
                }
                return s.getString();
            }
            default -> {
                return value instanceof JsonString s ? s.getString() : value.toString();
            }
        }
    }

    /** An element's content as JSON, by its shape. */
    public static JsonValue read(Element element, Shape shape, String where) {
        return switch (shape.kind()) {
            case OBJECT -> readObject(element, shape, where);
            case ARRAY -> throw new IllegalArgumentException("an array is read by its field");
            case ANY -> readAny(element);
            default -> readScalar(text(element, where), shape, where);
        };
    }

    private static JsonObject readObject(Element element, Shape shape, String where) {
        Map<String, List<Element>> children = children(element, where);
        for (String name : children.keySet()) {
            if (!shape.fields().containsKey(name)) {
                throw new ConversionException(where + "/" + name + ": not in the service's schema");
            }
        }
        JsonObjectBuilder object = JsonText.JSON.createObjectBuilder();
        for (Shape.Field field : shape.fields().values()) {
            List<Element> found = children.getOrDefault(field.name(), List.of());
            String at = where + "/" + field.name();
            if (field.shape().kind() == Shape.Kind.ARRAY) {
                JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
                for (Element item : found) {
                    array.add(read(item, field.shape().items().kind() == Shape.Kind.ARRAY ? Shape.ANY
                            : field.shape().items(), at));
                }
                object.add(field.name(), array);
            } else if (found.size() > 1) {
                throw new ConversionException(at + ": repeated, but the schema allows it once");
            } else if (found.size() == 1) {
                object.add(field.name(), read(found.get(0), field.shape(), at));
            }
        }
        return object.build();
    }

    /** Content the schema does not describe: elements by name (repeated names as arrays), text as a string. */
    private static JsonValue readAny(Element element) {
        Map<String, List<Element>> children = children(element, element.getLocalName());
        if (children.isEmpty()) {
            return JsonText.JSON.createValue(element.getTextContent());
        }
        JsonObjectBuilder object = JsonText.JSON.createObjectBuilder();
        children.forEach((name, list) -> {
            if (list.size() == 1) {
                object.add(name, readAny(list.get(0)));
            } else {
                JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
                list.forEach(e -> array.add(readAny(e)));
                object.add(name, array);
            }
        });
        return object.build();
    }

    private static JsonValue readScalar(String text, Shape shape, String where) {
        String t = text.strip();
        try {
            return switch (shape.kind()) {
                case INTEGER -> JsonText.JSON.createValue(new BigInteger(t));
                case NUMBER -> JsonText.JSON.createValue(new BigDecimal(t));
                case BOOLEAN -> {
                    if (!t.equals("true") && !t.equals("false") && !t.equals("1") && !t.equals("0")) {
                        throw new ConversionException(where + ": not an xs:boolean");
                    }
                    yield t.equals("true") || t.equals("1") ? JsonValue.TRUE : JsonValue.FALSE;
                }
                default -> JsonText.JSON.createValue(text);
            };
        } catch (NumberFormatException e) {
            throw new ConversionException(where + ": not a number");
        }
    }

    private static String text(Element element, String where) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                throw new ConversionException(where + ": a simple value is expected, not elements");
            }
        }
        return element.getTextContent();
    }

    /** Child elements by local name, in document order. */
    public static Map<String, List<Element>> children(Element element, String where) {
        Map<String, List<Element>> children = new LinkedHashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                throw new ConversionException(where + ": text beside elements");
            }
        }
        return children;
    }
}
