package vn.gov.haiphong.lgsp.codelist.control;

import java.util.List;

/**
 * An extra attribute a code list declares for its items.
 *
 * @param type string, integer, decimal, boolean or date
 */
public record AttributeSpec(String name, String type, boolean required) {

    public static final List<String> TYPES = List.of("string", "integer", "decimal", "boolean", "date");
}
