package vn.gov.haiphong.lgsp.codelist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;

class CodeListImportTest {

    private static final List<AttributeSpec> SCHEMA = List.of(new AttributeSpec("level", "integer", true));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(Runnable importing) {
        LgspException e = assertThrows(LgspException.class, importing::run);
        return e.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList();
    }

    @Test
    void readsCsvWithBomHierarchyAttributesAndReplacements() {
        String csv = "\uFEFFcode,name,parent_code,valid_from,valid_to,replaced_by,level\n"
                + "31,Thành phố Hải Phòng,,,,,1\n"
                + "11311,Phường A,31,2025-07-01,,,2\n"
                + "10001,Xã Cũ,31,,2025-06-30,11311,2\n";
        List<ItemRow> rows = new CodeListImport(SCHEMA).csv(utf8(Normalizer.normalize(csv, Normalizer.Form.NFD)));
        assertEquals(3, rows.size());
        assertEquals("Thành phố Hải Phòng", rows.get(0).name(), "stored NFC");
        assertEquals("31", rows.get(1).parentCode());
        assertEquals(2L, rows.get(1).attributes().get("level"));
        assertEquals(List.of("11311"), rows.get(2).replacedBy());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        String csv = "code,name,parent_code,level\n"
                + "31,Hải Phòng,,1\n"
                + "31,Trùng mã,,1\n"
                + "11311,Phường A,99,2\n"
                + "11312,,31,x\n"
                + "11313,Thiếu cột\n";
        assertEquals(List.of("line 3: code codelist.import.duplicate", "line 4: parent_code codelist.import.unknown-parent",
                        "line 5: name field.required", "line 5: level codelist.import.type", "line 6: columns codelist.import.columns"),
                problems(() -> new CodeListImport(SCHEMA).csv(utf8(csv))));
    }

    @Test
    void cyclesAndUnknownReplacementsAreRefused() {
        String csv = "code,name,parent_code,replaced_by,level\n"
                + "A,Một,B,,1\n"
                + "B,Hai,A,,1\n"
                + "C,Ba,,Z,1\n";
        assertEquals(List.of("line 2: parent_code codelist.import.cycle", "line 3: parent_code codelist.import.cycle",
                "line 4: replaced_by codelist.import.unknown-replacement"),
                problems(() -> new CodeListImport(SCHEMA).csv(utf8(csv))));
    }

    @Test
    void badEncodingIsReportedWithItsLine() {
        byte[] latin1 = "code,name,level\n31,H\u1ea3i Ph\u00f2ng,1\n32,Ph\u00f2ng,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("line 2: file codelist.import.encoding"),
                problems(() -> new CodeListImport(SCHEMA).csv(latin1)));
    }

    @Test
    void unknownColumnsAndEmptyFilesAreRefused() {
        assertEquals(List.of("line 1: colour codelist.import.unknown-column"),
                problems(() -> new CodeListImport(SCHEMA).csv(utf8("code,name,level,colour\n31,A,1,red\n"))));
        assertEquals(List.of("line 1: file codelist.import.empty"),
                problems(() -> new CodeListImport(SCHEMA).csv(utf8("code,name,level\n"))));
    }

    @Test
    void readsJsonItems() {
        String json = "[{\"code\":\"31\",\"name\":\"Hải Phòng\",\"attributes\":{\"level\":1}},"
                + "{\"code\":\"11311\",\"name\":\"Phường A\",\"parentCode\":\"31\",\"attributes\":{\"level\":2}}]";
        List<ItemRow> rows = new CodeListImport(SCHEMA).json(utf8(json));
        assertEquals("31", rows.get(1).parentCode());
        List<String> bad = problems(() -> new CodeListImport(SCHEMA).json(utf8("[{\"code\":\"31\"}, 5]")));
        assertEquals(List.of("line 1: name field.required", "line 1: level field.required", "line 2: item codelist.import.not-object"),
                bad);
    }

    @Test
    void violationsNameTheirLine() {
        FieldViolation v = FieldViolation.of("line 12: code", "x");
        assertEquals("line 12: code", v.field());
    }

    /** A cell a spreadsheet would run, in a code, a name or a text attribute, in CSV and in JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x.example\")"})
    void formulasAreRefusedWithTheirLineAndField(String formula) {
        List<AttributeSpec> schema = List.of(new AttributeSpec("note", "string", false));
        String quoted = "\"" + formula.replace("\"", "\"\"") + "\"";
        assertEquals(List.of("line 3: code text.formula", "line 4: name text.formula", "line 5: note text.formula"),
                problems(() -> new CodeListImport(schema).csv(utf8("code,name,note\nA,Một,\n" + quoted + ",Hai,\n"
                        + "C," + quoted + ",\nD,Bốn," + quoted + "\n"))));
        String json = formula.replace("\"", "\\\"");
        assertEquals(List.of("line 1: name text.formula"), problems(() -> new CodeListImport(schema)
                .json(utf8("[{\"code\":\"A\",\"name\":\"" + json + "\"}]"))));
    }

    /** Negative numbers are values, not formulas: in numeric attributes and as text. */
    @Test
    void negativeNumbersAreAccepted() {
        List<AttributeSpec> schema = List.of(new AttributeSpec("delta", "integer", false),
                new AttributeSpec("note", "string", false));
        List<ItemRow> rows = new CodeListImport(schema).csv(utf8("code,name,delta,note\nA,Một,-5,-0.5\n"));
        assertEquals(-5L, rows.get(0).attributes().get("delta"));
        assertEquals("-0.5", rows.get(0).attributes().get("note"));
    }

    /** Hidden characters in a code or a name: refused, the character named. */
    @ParameterizedTest
    @ValueSource(ints = {0x0000, 0x0007, 0x202E, 0x2066, 0x200B, 0x200D, 0x2060, 0xFEFF, 0x200F})
    void hiddenCharactersAreRefusedWithTheirLineAndField(int codePoint) {
        String c = Character.toString(codePoint);
        LgspException e = assertThrows(LgspException.class, () -> new CodeListImport(List.of())
                .csv(utf8("code,name\nA" + c + ",Một\nB,Hai" + c + " ba\n")));
        assertEquals(List.of("line 2: code", "line 3: name"), e.violations().stream().map(FieldViolation::field).toList());
        for (FieldViolation v : e.violations()) {
            assertEquals("text.hostile", v.messageKey());
            assertEquals(List.of(String.format("U+%04X", codePoint)), v.args());
        }
    }
}
