package vn.gov.haiphong.lgsp.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;

class HostileTextTest {

    /** Every bidirectional control, zero-width or invisible character, and the controls PostgreSQL or terminals mind. */
    @ParameterizedTest
    @ValueSource(ints = {0x0000, 0x0001, 0x001B, 0x007F, 0x0085, 0x009F, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069,
        0xFEFF})
    void refusedWhereverItStands(int codePoint) {
        String c = Character.toString(codePoint);
        for (String text : List.of(c, c + "Sở Y tế", "Sở" + c + " Y tế", "Sở Y tế" + c)) {
            assertEquals(codePoint, HostileText.firstHostile(text), text);
        }
        assertTrue(HostileText.isHostile(codePoint));
        List<FieldViolation> violations = new ArrayList<>();
        HostileText.check("name", "Sở " + c, violations);
        assertEquals(List.of(FieldViolation.of("name", "text.hostile", HostileText.describe(codePoint))), violations);
        assertFalse(new SafeText.Validator().isValid("Sở " + c, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sở Khoa học và Công nghệ", "Đặc khu Bạch Long Vĩ", "Ea H’Leo", "Sở KH&CN", "H24.10",
        "dòng một\ndòng hai\r\n\tthụt lề", "Phường Lê Chân (trước 01/07/2025)", "-5", "😀 emoji", "中文", "Ελληνικά"})
    void ordinaryTextPasses(String text) {
        assertEquals(HostileText.NONE, HostileText.firstHostile(text));
        assertTrue(new SafeText.Validator().isValid(text, null));
        List<FieldViolation> violations = new ArrayList<>();
        HostileText.check("name", text, violations);
        assertTrue(violations.isEmpty());
    }

    @Test
    void nullIsNotHostile() {
        assertEquals(HostileText.NONE, HostileText.firstHostile(null));
        assertTrue(new SafeText.Validator().isValid(null, null));
        assertFalse(HostileText.containsNul(null));
    }

    @Test
    void nulIsFoundAnywhere() {
        assertTrue(HostileText.containsNul("\0"));
        assertTrue(HostileText.containsNul("hai\0phong"));
        assertFalse(HostileText.containsNul("hai phong"));
    }

    @Test
    void aCharacterIsNamedByItsCodePoint() {
        assertEquals("U+202E", HostileText.describe(0x202E));
        assertEquals("U+0000", HostileText.describe(0));
        assertEquals("U+FEFF", HostileText.describe(0xFEFF));
    }
}
