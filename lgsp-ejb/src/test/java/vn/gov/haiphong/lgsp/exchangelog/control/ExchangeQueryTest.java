package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** The exchange-log search's condition: window, scope and filters, every value a parameter. */
class ExchangeQueryTest {

    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void eachScopeReadsOnlyTheRecordsWhereOneOfItsSystemsIsAParty() {
        ExchangeQuery all = new ExchangeQuery(FROM, TO, null, null, null, null);
        assertEquals(new ExchangeQuery.Condition("received_at >= ?1 AND received_at < ?2", List.of(FROM, TO)),
                all.condition(new ExchangeQuery.Scope.Everything()));
        assertEquals(new ExchangeQuery.Condition("received_at >= ?1 AND received_at < ?2 AND (client = ?3 OR service LIKE ?4"
                + " ESCAPE '\\')", List.of(FROM, TO, "VN/GOV/H24.10/his", "VN/GOV/H24.10/his/%")),
                all.condition(new ExchangeQuery.Scope.System("VN/GOV/H24.10/his")));
        assertEquals(new ExchangeQuery.Condition("received_at >= ?1 AND received_at < ?2 AND (client LIKE ?3 ESCAPE '\\'"
                + " OR service LIKE ?4 ESCAPE '\\')", List.of(FROM, TO, "VN/GOV/H24.10/%", "VN/GOV/H24.10/%")),
                all.condition(new ExchangeQuery.Scope.Agency("VN/GOV/H24.10")));
    }

    @Test
    void filtersAreParametersAndLikePatternsMatchLiterally() {
        ExchangeQuery query = new ExchangeQuery(FROM, TO, "id-1", "VN/GOV/H24.10/his", "VN/GOV/H24.06/dat_dai/echo", 504);
        ExchangeQuery.Condition condition = query.condition(new ExchangeQuery.Scope.Everything());
        assertEquals("received_at >= ?1 AND received_at < ?2 AND xroad_id = ?3 AND client = ?4 AND (service = ?5"
                + " OR service LIKE ?6 ESCAPE '\\') AND status = ?7", condition.sql());
        assertEquals(List.of(FROM, TO, "id-1", "VN/GOV/H24.10/his", "VN/GOV/H24.06/dat_dai/echo",
                "VN/GOV/H24.06/dat\\_dai/echo/%", 504), condition.parameters());
        assertEquals("a\\%b\\\\c\\_%", ExchangeQuery.like("a%b\\c_"));
    }

    @Test
    void theWindowIsForwardAndOfAnyLength() {
        for (Instant[] window : new Instant[][] {{TO, FROM}, {FROM, FROM}}) {
            assertEquals(ErrorCode.INVALID_PARAMETER, assertThrows(LgspException.class,
                    () -> new ExchangeQuery(window[0], window[1], null, null, null, null)).code());
        }
        new ExchangeQuery(FROM, FROM.plus(Duration.ofDays(3650)), null, null, null, null);
    }

    @Test
    void aNarrowedWindowReadsOnlyItsPeriodsAndNothingWhenThereAreNone() {
        ExchangeQuery query = new ExchangeQuery(FROM, TO, null, null, null, null);
        Instant noon = FROM.plus(Duration.ofHours(12));
        ExchangeQuery.Condition two = query.condition(new ExchangeQuery.Scope.Everything(),
                List.of(new ActivePeriods.Period(FROM, noon), new ActivePeriods.Period(noon.plusSeconds(60), TO)));
        assertEquals("((received_at >= ?1 AND received_at < ?2) OR (received_at >= ?3 AND received_at < ?4))", two.sql());
        assertEquals(List.of(FROM, noon, noon.plusSeconds(60), TO), two.parameters());
        ExchangeQuery.Condition none = query.condition(new ExchangeQuery.Scope.System("VN/GOV/H24.10/his"), List.of());
        assertEquals("false AND (client = ?1 OR service LIKE ?2 ESCAPE '\\')", none.sql());
    }
}
