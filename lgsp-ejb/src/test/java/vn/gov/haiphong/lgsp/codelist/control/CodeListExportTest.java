package vn.gov.haiphong.lgsp.codelist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.codelist.entity.CodeListItem;
import vn.gov.haiphong.lgsp.common.JsonText;

class CodeListExportTest {

    private static final List<AttributeSpec> SCHEMA = List.of(new AttributeSpec("level", "integer", true),
            new AttributeSpec("area", "decimal", false), new AttributeSpec("coastal", "boolean", false),
            new AttributeSpec("since", "date", false), new AttributeSpec("note", "string", false));

    @Test
    void anExportImportsAgainUnchanged() {
        String csv = "code,name,parent_code,valid_from,valid_to,replaced_by,level,area,coastal,since,note\n"
                + "31,Thành phố Hải Phòng,,,,,1,1526.52,true,1888-11-19,\"Có dấu phẩy, và \"\"ngoặc\"\"\"\n"
                + "11311,Phường A,31,2025-07-01,,,2,,false,,\n"
                + "10001,Xã Cũ,31,,2025-06-30,11311;11312,2,,,,\n"
                + "11312,Phường B,31,2025-07-01,,,2,-3.5,,,-5\n";
        List<ItemRow> imported = new CodeListImport(SCHEMA).csv(csv.getBytes(StandardCharsets.UTF_8));

        CodeListExport export = new CodeListExport(SCHEMA);
        imported.forEach(row -> export.add(stored(row)));
        String exported = export.text();
        List<ItemRow> again = new CodeListImport(SCHEMA).csv(exported.getBytes(StandardCharsets.UTF_8));

        assertTrue(exported.startsWith("\uFEFFcode,name,parent_code,valid_from,valid_to,replaced_by,level,area,coastal,"
                + "since,note\r\n"), exported);
        assertEquals(imported.size(), again.size());
        for (int i = 0; i < imported.size(); i++) {
            ItemRow before = imported.get(i);
            ItemRow after = again.get(i);
            assertEquals(List.of(before.code(), before.name(), String.valueOf(before.parentCode()),
                            String.valueOf(before.validFrom()), String.valueOf(before.validTo()), before.replacedBy(),
                            before.attributes()),
                    List.of(after.code(), after.name(), String.valueOf(after.parentCode()),
                            String.valueOf(after.validFrom()), String.valueOf(after.validTo()), after.replacedBy(),
                            after.attributes()), "row " + i);
        }
        assertEquals(new BigDecimal("1526.52"), again.get(0).attributes().get("area"));
    }

    /** As {@code CodeLists} stores an imported row: attributes and replacements as JSON. */
    private static CodeListItem stored(ItemRow row) {
        JsonObjectBuilder attributes = JsonText.JSON.createObjectBuilder();
        row.attributes().forEach((name, value) -> {
            if (value instanceof Long l) {
                attributes.add(name, l);
            } else if (value instanceof BigDecimal d) {
                attributes.add(name, d);
            } else if (value instanceof Boolean b) {
                attributes.add(name, b);
            } else {
                attributes.add(name, value.toString());
            }
        });
        JsonArrayBuilder replacedBy = JsonText.JSON.createArrayBuilder();
        row.replacedBy().forEach(replacedBy::add);
        LocalDate from = row.validFrom();
        return new CodeListItem(1L, row.code(), row.name(), row.parentCode(), attributes.build().toString(), from,
                row.validTo(), replacedBy.build().toString());
    }
}
