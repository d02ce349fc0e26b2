package vn.gov.haiphong.lgsp.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AgencyCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"H24", "G01", "A00", "Y99", "H24.07", "H24.101", "H24.07.01", "G12.AB.X9Z",
            "H24.01.02.03.04.05.06.07.08.09.10"})
    void acceptsCodesOfTheDecision(String code) {
        assertTrue(AgencyCodes.isValid(code), code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"h24", "H2", "H240", "Z01", "124", "H24.", ".H24", "H24..01", "H24.1", "H24.ABCD",
            "H24.07 ", " H24", "H24.0a", "H24-07", "H24.Đ1"})
    void refusesEverythingElse(String code) {
        assertFalse(AgencyCodes.isValid(code), String.valueOf(code));
    }

    @Test
    void thirtyFiveCharactersIsTheLimit() {
        String code35 = "H24" + ".01".repeat(8) + ".001".repeat(2);
        String code36 = "H24" + ".01".repeat(11);
        assertEquals(35, code35.length());
        assertEquals(36, code36.length());
        assertTrue(AgencyCodes.isValid(code35));
        assertFalse(AgencyCodes.isValid(code36), "well-formed groups, but 36 characters");
    }

    @Test
    void parentIsTheCodeWithoutItsLastGroup() {
        assertEquals(Optional.of("H24.07"), AgencyCodes.parentOf("H24.07.01"));
        assertEquals(Optional.of("H24"), AgencyCodes.parentOf("H24.101"));
        assertEquals(Optional.empty(), AgencyCodes.parentOf("H24"));
    }

    @Test
    void childCodesAreValidatedToo() {
        assertEquals("H24.101", AgencyCodes.child("H24", "101"));
        assertThrows(IllegalArgumentException.class, () -> AgencyCodes.child("H24", "1001"));
    }

    @Test
    void theNextGroupFollowsTheHighestNumericOneEverIssued() {
        assertEquals(1, AgencyCodes.nextGroup(List.of()));
        assertEquals(219, AgencyCodes.nextGroup(List.of("H24.01", "H24.218", "H24.101", "H24.KH")));
        assertEquals(3, AgencyCodes.nextGroup(List.of("H24.08.01", "H24.08.02", "H24.08.ABC")));
        assertEquals("07", AgencyCodes.group(7));
        assertEquals("219", AgencyCodes.group(219));
    }
}
