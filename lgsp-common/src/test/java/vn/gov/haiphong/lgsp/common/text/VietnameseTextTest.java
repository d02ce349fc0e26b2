package vn.gov.haiphong.lgsp.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsTonesMarksAndDStroke() {
        assertEquals("so khoa hoc va cong nghe", VietnameseText.fold("Sở Khoa học và Công nghệ"));
        assertEquals("dac khu bach long vi", VietnameseText.fold("Đặc khu Bạch Long Vĩ"));
        assertEquals("thuy nguyen", VietnameseText.fold("Thủy Nguyên"));
    }

    @Test
    void cleanStoresNfcAndCollapsesSpaces() {
        String decomposed = Normalizer.normalize("Sở  Y tế ", Normalizer.Form.NFD);
        String cleaned = VietnameseText.clean(decomposed);
        assertEquals("Sở Y tế", cleaned);
        assertEquals(Normalizer.normalize(cleaned, Normalizer.Form.NFC), cleaned);
        assertNull(VietnameseText.clean("   "));
        assertNull(VietnameseText.clean(null));
    }

    @Test
    void patternMatchesWordsInOrderAndEscapesWildcards() {
        assertEquals("%so%khoa%hoc%", VietnameseText.containsWordsPattern("  Sở khoa   HỌC "));
        assertEquals("%100!%%a!_b%!!%", VietnameseText.containsWordsPattern("100% a_b !"));
    }
}
