package vn.gov.haiphong.lgsp.conversion.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dạng dữ liệu: a body's structure as the service's schema declares it (an OpenAPI schema or an XSD type), the one
 * model both directions convert by. Objects keep their fields in the schema's order (the XML element order); an array
 * is a repeated element ({@code maxOccurs > 1}); scalars keep their JSON type.
 *
 * @param fields an object's fields in schema order (empty otherwise)
 * @param items  an array's item shape (null otherwise)
 * @param format a string's format, {@code date} or {@code date-time} (null: none)
 */
public record Shape(Kind kind, Map<String, Field> fields, Shape items, String format) {

    /** What a node holds; {@code ANY} when the schema does not say (mapped as found, scalars as text). */
    public enum Kind { OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, ANY }

    /** A field of an object; {@code required}: the schema requires it (minOccurs ≥ 1, or OpenAPI {@code required}). */
    public record Field(String name, Shape shape, boolean required) {
    }

    public static final Shape ANY = scalar(Kind.ANY);
    public static final Shape STRING = scalar(Kind.STRING);

    public Shape {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Shape scalar(Kind kind) {
        return new Shape(kind, null, null, null);
    }

    public static Shape text(String format) {
        return new Shape(Kind.STRING, null, null, format);
    }

    public static Shape object(Map<String, Field> fields) {
        return new Shape(Kind.OBJECT, fields, null, null);
    }

    public static Shape array(Shape items) {
        return new Shape(Kind.ARRAY, null, items, null);
    }

    public boolean isScalar() {
        return kind != Kind.OBJECT && kind != Kind.ARRAY && kind != Kind.ANY;
    }
}
