package vn.gov.haiphong.lgsp.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Tết Bính Ngọ 2026: 14–22 February (the seed of sql/V4). */
    private static final Set<LocalDate> TET_2026 = tet();

    private static Set<LocalDate> tet() {
        Set<LocalDate> days = new HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
            days.add(d);
        }
        days.add(LocalDate.of(2026, 4, 30));
        days.add(LocalDate.of(2026, 5, 1));
        return days;
    }

    private final WorkingDays calendar = new WorkingDays(TET_2026);

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 17)), "mùng 1 Tết, a Tuesday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 28)), "Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 23)), "back to work on Monday");
    }

    @Test
    void fiveWorkingDaysAcrossTet() {
        // Received Thursday 12 Feb 2026 at 10:00 in Hải Phòng: Fri 13 counts, Tết 14–22 does not,
        // then Mon 23, Tue 24, Wed 25, Thu 26.
        assertEquals(LocalDate.of(2026, 2, 26), calendar.deadline(Instant.parse("2026-02-12T03:00:00Z"), 5));
    }

    @Test
    void fiveWorkingDaysAcrossAWeekend() {
        // Received Wednesday 4 March: Thu 5, Fri 6, (weekend), Mon 9, Tue 10, Wed 11.
        assertEquals(LocalDate.of(2026, 3, 11), calendar.deadline(Instant.parse("2026-03-04T02:00:00Z"), 5));
    }

    @Test
    void theDayIsTheDayInVietnam() {
        // 17:30 UTC on Friday 6 March is 00:30 on Saturday 7 March in Hải Phòng: counting starts Monday 9.
        assertEquals(LocalDate.of(2026, 3, 9), calendar.deadline(Instant.parse("2026-03-06T17:30:00Z"), 1));
        assertEquals(LocalDate.of(2026, 3, 9), calendar.deadline(Instant.parse("2026-03-06T16:30:00Z"), 1));
    }

    @Test
    void receivedOnAHolidayCountsFromTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 5, 8), calendar.deadline(Instant.parse("2026-04-30T03:00:00Z"), 5),
                "30/4 and 1/5 are holidays, then a weekend: Mon 4 … Fri 8");
        assertThrows(IllegalArgumentException.class, () -> calendar.deadline(Instant.now(), 0));
    }

    @Test
    void officeHoursAreWorkingDaysFromHalfPastSevenToFiveVietnamTime() {
        // Wednesday 2 December 2026: 07:30 in Vietnam is 00:30 UTC, 17:00 is 10:00 UTC
        assertTrue(calendar.overlapsOfficeHours(Instant.parse("2026-12-02T09:59:00Z"), Instant.parse("2026-12-02T11:00:00Z")));
        assertFalse(calendar.overlapsOfficeHours(Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-02T23:00:00Z")),
                "17:00 to 06:00 the next morning");
        assertFalse(calendar.overlapsOfficeHours(Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-02T00:30:00Z")),
                "ends as the office opens");
        assertFalse(calendar.overlapsOfficeHours(Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-06T09:00:00Z")),
                "a weekend");
        assertFalse(calendar.overlapsOfficeHours(Instant.parse("2026-02-16T01:00:00Z"), Instant.parse("2026-02-16T09:00:00Z")),
                "Tết");
        assertTrue(calendar.overlapsOfficeHours(Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-07T02:00:00Z")),
                "a weekend running into Monday morning");
    }

    @Test
    void anAnswerTakesTheWorkingDaysADeadlineCounts() {
        Instant thursdayBeforeTet = Instant.parse("2026-02-12T03:00:00Z");
        assertEquals(0, calendar.between(thursdayBeforeTet, Instant.parse("2026-02-12T09:00:00Z")), "same day");
        assertEquals(1, calendar.between(thursdayBeforeTet, Instant.parse("2026-02-13T02:00:00Z")), "Friday");
        assertEquals(1, calendar.between(thursdayBeforeTet, Instant.parse("2026-02-22T02:00:00Z")), "Tết does not count");
        LocalDate due = calendar.deadline(thursdayBeforeTet, 5);
        assertEquals(5, calendar.between(thursdayBeforeTet, due.atTime(16, 0).atZone(WorkingDays.VIETNAM).toInstant()),
                "answered on the deadline: five working days");
    }

    @Test
    void theFirstWorkingDayOfAMonthSkipsWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2026, 12, 1), calendar.firstWorkingDayOfMonth(LocalDate.of(2026, 12, 24)), "a Tuesday");
        assertEquals(LocalDate.of(2026, 11, 2), calendar.firstWorkingDayOfMonth(LocalDate.of(2026, 11, 1)), "1 Nov: Sunday");
        assertEquals(LocalDate.of(2026, 5, 4), calendar.firstWorkingDayOfMonth(LocalDate.of(2026, 5, 20)),
                "1 May: holiday, then a weekend");
    }
}
