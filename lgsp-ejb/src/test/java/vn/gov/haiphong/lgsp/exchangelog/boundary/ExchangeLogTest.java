package vn.gov.haiphong.lgsp.exchangelog.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start-time switch takes true or false only: a mistyped value must not switch the log off unnoticed. */
class ExchangeLogTest {

    @Test
    void theSwitchIsTrueOrFalseAndNothingElse() {
        assertTrue(ExchangeLog.enabled("true"));
        assertTrue(ExchangeLog.enabled(" TRUE "));
        assertFalse(ExchangeLog.enabled("false"));
        for (String garbled : new String[] {"", "no", "0", "off", "flase"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ExchangeLog.enabled(garbled));
            assertTrue(refused.getMessage().contains("lgsp.exchange-log.enabled"), refused.getMessage());
        }
    }
}
