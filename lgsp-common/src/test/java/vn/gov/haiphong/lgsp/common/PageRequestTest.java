package vn.gov.haiphong.lgsp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.common.error.LgspException;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000001", "2147483647", "2147483648", "99999999999", "abc", "1e3"})
    void aPageOutsideTheBoundIsRefusedBeforeAnyArithmetic(String page) {
        LgspException refused = assertThrows(LgspException.class, () -> PageRequest.parse(page, "20"));
        assertEquals("page", refused.violations().get(0).field());
        assertEquals(PageRequest.MAX_PAGE, refused.violations().get(0).args().get(0));
    }

    @ParameterizedTest
    @CsvSource({"0,1,0", "3,20,60", "1000000,100,100000000", "' 7 ',10,70"})
    void theOffsetOfAnyAcceptedPageFitsAnInt(String page, String size, int offset) {
        assertEquals(offset, PageRequest.parse(page, size).offset());
    }

    @Test
    void absentMeansTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.parse(null, " "));
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
    }

    @Test
    void aRecordOutsideTheBoundsCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(Integer.MAX_VALUE, 20));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 101));
    }
}
