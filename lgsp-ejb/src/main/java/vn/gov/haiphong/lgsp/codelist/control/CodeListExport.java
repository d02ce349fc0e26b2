package vn.gov.haiphong.lgsp.codelist.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import vn.gov.haiphong.lgsp.codelist.entity.CodeListItem;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.text.SpreadsheetFormula;

/**
 * Writes items as the CSV {@link CodeListImport} reads: the standard columns, then one column per attribute of the
 * list, {@code replaced_by} joined by {@code ;} — so an export imports again unchanged. Agencies open it in
 * spreadsheets, so each data cell is quoted and a cell a spreadsheet would run as a formula is written with a
 * leading single quote ({@link SpreadsheetFormula}): imports refuse such cells, this protects readers from any
 * stored before that rule. UTF-8 with a BOM (what spreadsheets need to read it as UTF-8; the import drops it).
 * Plain Java; unit-tested.
 */
public final class CodeListExport {

    private final List<AttributeSpec> schema;
    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public CodeListExport(List<AttributeSpec> schema) {
        this.schema = List.copyOf(schema);
        List<String> header = new ArrayList<>(CodeListImport.STANDARD);
        schema.forEach(a -> header.add(a.name()));
        out.append('\uFEFF').append(String.join(",", header)).append("\r\n");
        try {
            printer = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CodeListExport add(CodeListItem item) {
        List<String> cells = new ArrayList<>();
        cells.add(item.getCode());
        cells.add(item.getName());
        cells.add(item.getParentCode());
        cells.add(item.getValidFrom() == null ? null : item.getValidFrom().toString());
        cells.add(item.getValidTo() == null ? null : item.getValidTo().toString());
        cells.add(read(item.getReplacedBy()).asJsonArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.joining(";")));
        JsonObject attributes = read(item.getAttributes()).asJsonObject();
        for (AttributeSpec attribute : schema) {
            cells.add(scalar(attributes.get(attribute.name())));
        }
        try {
            printer.printRecord(cells.stream().map(CodeListExport::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonValue read(String json) {
        try (var reader = JsonText.JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static String scalar(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String cell(String value) {
        return value == null || value.isEmpty() ? null : SpreadsheetFormula.neutralised(value);
    }
}
