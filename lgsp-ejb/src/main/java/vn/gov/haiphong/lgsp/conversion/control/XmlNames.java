package vn.gov.haiphong.lgsp.conversion.control;

import java.util.regex.Pattern;

/** Whether a name from a JSON schema can be an XML element name (an NCName, no XML reserved prefix). */
final class XmlNames {

    private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    private XmlNames() {
    }

    static boolean isElementName(String name) {
        return NC_NAME.matcher(name).matches() && !name.regionMatches(true, 0, "xml", 0, 3);
    }

    /** Every field name in the shape, at any depth, must be an element name. */
    static void requireElementNames(Shape shape, String where) {
        for (Shape.Field field : shape.fields().values()) {
            if (!isElementName(field.name())) {
                throw new ConversionException(where + "." + field.name() + ": not usable as an XML element name");
            }
            requireElementNames(field.shape(), where + "." + field.name());
        }
        if (shape.items() != null) {
            requireElementNames(shape.items(), where + "[]");
        }
    }
}
