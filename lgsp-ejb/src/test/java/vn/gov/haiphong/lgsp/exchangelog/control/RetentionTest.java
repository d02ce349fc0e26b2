package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aMonthGoesOnlyWhenItsLastRecordIsOlderThanTheRetention() {
        // 12 months before 2026-11-27 is 2025-11-27: October 2025 ended on 2025-11-01, November 2025 ends 2025-12-01
        assertTrue(Retention.expired(YearMonth.of(2025, 10), 12, TODAY));
        assertFalse(Retention.expired(YearMonth.of(2025, 11), 12, TODAY));
        assertTrue(Retention.expired(YearMonth.of(2019, 1), 60, TODAY));
        assertFalse(Retention.expired(YearMonth.of(2024, 1), 60, TODAY));
    }

    @Test
    void theBoundaryDayCounts() {
        // October ends 2026-11-01: not yet gone on 2026-11-01 (one month back is 2026-10-01), gone on 2026-12-01
        assertFalse(Retention.expired(YearMonth.of(2026, 10), 1, LocalDate.of(2026, 11, 1)));
        assertTrue(Retention.expired(YearMonth.of(2026, 10), 1, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void zeroMonthsKeepsEverythingAndTheCurrentMonthIsNeverExpired() {
        assertFalse(Retention.expired(YearMonth.of(2001, 1), 0, TODAY));
        assertFalse(Retention.expired(YearMonth.of(2026, 11), 1, TODAY));
        assertFalse(Retention.expired(YearMonth.of(2026, 12), 1, TODAY));
    }

    @Test
    void onlyMonthlyPartitionNamesHaveAMonth() {
        assertEquals(Optional.of(YearMonth.of(2026, 1)), Retention.monthOf("exchange_log_2026_01"));
        assertEquals(Optional.empty(), Retention.monthOf("exchange_log_default"));
        assertEquals(Optional.empty(), Retention.monthOf("exchange_log_head"));
        assertEquals(Optional.empty(), Retention.monthOf("exchange_log_2026_13"));
        assertEquals(Optional.empty(), Retention.monthOf("x_exchange_log_2026_01"));
    }
}
