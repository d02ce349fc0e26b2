package vn.gov.haiphong.lgsp.codelist.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.text.HostileText;
import vn.gov.haiphong.lgsp.common.text.SpreadsheetFormula;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;

/**
 * Reads a whole import — CSV (UTF-8, with or without BOM; columns {@code code,name,parent_code,
 * valid_from,valid_to,replaced_by} and the list's attributes) or JSON (an array of items) — and checks
 * it whole: encoding, column counts, required fields, types, duplicate codes, unknown parents, parent
 * cycles, unknown replacements, and hostile text: hidden or control characters ({@link HostileText}) and
 * cells a spreadsheet would run as formulas ({@link SpreadsheetFormula}) in codes, names and text attributes
 * — a code list is downloaded as CSV by every agency. Every problem is reported with its line; nothing is
 * returned unless there is none. Plain Java; unit-tested.
 */
public final class CodeListImport {

    static final List<String> STANDARD = List.of("code", "name", "parent_code", "valid_from", "valid_to", "replaced_by");
    private static final int MAX_CODE = 64;
    private static final int MAX_NAME = 512;

    private final List<AttributeSpec> schema;
    private final List<FieldViolation> problems = new ArrayList<>();

    public CodeListImport(List<AttributeSpec> schema) {
        this.schema = List.copyOf(schema);
    }

    /** Whether a column name is one of the standard ones (an attribute may not take it). */
    public static boolean isStandardColumn(String name) {
        return STANDARD.contains(name);
    }

    public List<ItemRow> csv(byte[] body) {
        String text = decode(body);
        List<ItemRow> rows = new ArrayList<>();
        if (text != null) {
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
                List<String> header = parser.getHeaderNames();
                checkHeader(header);
                for (CSVRecord record : parser) {
                    int line = (int) record.getRecordNumber() + 1;
                    if (!record.isConsistent()) {
                        problem(line, "columns", "codelist.import.columns", header.size(), record.size());
                        continue;
                    }
                    Map<String, String> values = new LinkedHashMap<>(record.toMap());
                    rows.add(row(line, values.get("code"), values.get("name"), values.get("parent_code"),
                            values.get("valid_from"), values.get("valid_to"), split(values.get("replaced_by")), values));
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                problem(1, "file", "codelist.import.unreadable", String.valueOf(e.getMessage()));
            }
        }
        return finish(rows);
    }

    public List<ItemRow> json(byte[] body) {
        String text = decode(body);
        List<ItemRow> rows = new ArrayList<>();
        if (text != null) {
            try (var reader = JsonText.JSON.createReader(new StringReader(text))) {
                JsonArray items = reader.readArray();
                for (int i = 0; i < items.size(); i++) {
                    int line = i + 1;
                    if (!(items.get(i) instanceof JsonObject item)) {
                        problem(line, "item", "codelist.import.not-object");
                        continue;
                    }
                    Map<String, String> attributes = new HashMap<>();
                    if (item.get("attributes") instanceof JsonObject declared) {
                        declared.forEach((name, value) -> attributes.put(name, scalar(value)));
                    }
                    List<String> replacedBy = new ArrayList<>();
                    if (item.get("replacedBy") instanceof JsonArray array) {
                        array.forEach(v -> replacedBy.add(scalar(v)));
                    }
                    rows.add(row(line, scalar(item.get("code")), scalar(item.get("name")), scalar(item.get("parentCode")),
                            scalar(item.get("validFrom")), scalar(item.get("validTo")), replacedBy, attributes));
                }
            } catch (JsonException | ClassCastException e) {
                problem(1, "file", "codelist.import.unreadable", String.valueOf(e.getMessage()));
            }
        }
        return finish(rows);
    }

    /** UTF-8 strictly, BOM dropped; the first bad byte is reported with its line. */
    private String decode(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += body[i] == '\n' ? 1 : 0;
            }
            problem(line, "file", "codelist.import.encoding");
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private void checkHeader(List<String> header) {
        Set<String> known = new HashSet<>(STANDARD);
        schema.forEach(a -> known.add(a.name()));
        for (String column : header) {
            if (!known.contains(column)) {
                problem(1, column, "codelist.import.unknown-column", column);
            }
        }
        for (String required : List.of("code", "name")) {
            if (!header.contains(required)) {
                problem(1, required, "codelist.import.missing-column", required);
            }
        }
    }

    private ItemRow row(int line, String code, String name, String parent, String from, String to,
                        List<String> replacedBy, Map<String, String> attributes) {
        String c = blankToNull(code);
        String n = VietnameseText.clean(name);
        if (c == null) {
            problem(line, "code", "field.required");
        } else if (c.length() > MAX_CODE || c.chars().anyMatch(Character::isWhitespace)) {
            problem(line, "code", "codelist.import.code");
        } else {
            checkText(line, "code", c);
        }
        if (n == null) {
            problem(line, "name", "field.required");
        } else if (n.length() > MAX_NAME) {
            problem(line, "name", "field.too-long", MAX_NAME);
        } else {
            checkText(line, "name", n);
        }
        LocalDate validFrom = date(line, "valid_from", from);
        LocalDate validTo = date(line, "valid_to", to);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problem(line, "valid_to", "codelist.import.validity");
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (AttributeSpec spec : schema) {
            String value = blankToNull(attributes.get(spec.name()));
            if (value == null) {
                if (spec.required()) {
                    problem(line, spec.name(), "field.required");
                }
                continue;
            }
            Object converted = convert(spec.type(), value);
            if (converted == null) {
                problem(line, spec.name(), "codelist.import.type", spec.type());
            } else {
                if (converted instanceof String text) {
                    checkText(line, spec.name(), text);
                }
                typed.put(spec.name(), converted);
            }
        }
        return new ItemRow(line, c, n, blankToNull(parent), validFrom, validTo, replacedBy, typed);
    }

    /** Refuses hidden or control characters, and a formula for a spreadsheet (a plain number is not one). */
    private void checkText(int line, String field, String text) {
        int hostile = HostileText.firstHostile(text);
        if (hostile != HostileText.NONE) {
            problem(line, field, "text.hostile", HostileText.describe(hostile));
        } else if (SpreadsheetFormula.isFormula(text)) {
            problem(line, field, "text.formula");
        }
    }

    private List<ItemRow> finish(List<ItemRow> rows) {
        Map<String, ItemRow> byCode = new HashMap<>();
        for (ItemRow row : rows) {
            if (row.code() != null && byCode.putIfAbsent(row.code(), row) != null) {
                problem(row.line(), "code", "codelist.import.duplicate", row.code(), byCode.get(row.code()).line());
            }
        }
        for (ItemRow row : rows) {
            if (row.parentCode() != null && !byCode.containsKey(row.parentCode())) {
                problem(row.line(), "parent_code", "codelist.import.unknown-parent", row.parentCode());
            }
            for (String replacement : row.replacedBy()) {
                if (!byCode.containsKey(replacement) || replacement.equals(row.code())) {
                    problem(row.line(), "replaced_by", "codelist.import.unknown-replacement", replacement);
                }
            }
            if (inCycle(row, byCode)) {
                problem(row.line(), "parent_code", "codelist.import.cycle", row.code());
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problem(1, "file", "codelist.import.empty");
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
            throw LgspException.invalid(problems);
        }
        return rows;
    }

    private static boolean inCycle(ItemRow row, Map<String, ItemRow> byCode) {
        Set<String> seen = new HashSet<>();
        ItemRow current = row;
        while (current != null && current.parentCode() != null) {
            if (!seen.add(current.code())) {
                return true;
            }
            current = byCode.get(current.parentCode());
        }
        return false;
    }

    private LocalDate date(int line, String field, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(line, field, "codelist.import.date");
            return null;
        }
    }

    private static Object convert(String type, String value) {
        try {
            return switch (type) {
                case "integer" -> Long.valueOf(value);
                case "decimal" -> new BigDecimal(value);
                case "boolean" -> value.equalsIgnoreCase("true") ? Boolean.TRUE
                        : value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
                case "date" -> LocalDate.parse(value).toString();
                default -> VietnameseText.clean(value);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> split(String codes) {
        String value = blankToNull(codes);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String scalar(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void problem(int line, String field, String key, Object... args) {
        problems.add(FieldViolation.of("line " + line + ": " + field, key, args));
    }

    private static int lineOf(FieldViolation v) {
        String field = v.field();
        return Integer.parseInt(field.substring(5, field.indexOf(':')));
    }
}
