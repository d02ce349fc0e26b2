package vn.gov.haiphong.lgsp.common.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void columnsAreTabSeparatedRowsEndWithANewlineAndNullIsBackslashN() {
        String rows = new CopyText().add("a").add(null).add(42).endRow().add("b").add(7L).add(null).endRow().toString();
        assertEquals("a\t\\N\t42\nb\t7\t\\N\n", rows);
    }

    @Test
    void noValueCanEndAColumnOrARowEarly() {
        String rows = new CopyText().add("tab\there").add("line\nbreak\r").add("back\\slash \\N").endRow().toString();
        assertEquals("tab\\there\tline\\nbreak\\r\tback\\\\slash \\\\N\n", rows);
    }

    @Test
    void vietnameseTextIsUtf8() {
        byte[] bytes = new CopyText().add("Hải Phòng").endRow().utf8();
        assertEquals("Hải Phòng\n", new String(bytes, StandardCharsets.UTF_8));
        assertEquals(13, bytes.length); // ả takes three bytes, ò two, and the newline one
    }
}
