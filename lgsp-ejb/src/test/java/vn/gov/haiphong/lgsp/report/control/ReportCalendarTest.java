package vn.gov.haiphong.lgsp.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;

class ReportCalendarTest {

    /** 1 January 2027 is a holiday (Tết Dương lịch). */
    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2027, 1, 1)));

    @Test
    void theMonthlyReportIsDueFromTheFirstWorkingDayOfTheNextMonth() {
        // 1 November 2026 is a Sunday: on it October's report is not due yet, September's (missed?) still is
        assertEquals(List.of(monthly(2026, 9)), ReportCalendar.due(LocalDate.of(2026, 11, 1), days));
        assertEquals(List.of(monthly(2026, 10)), ReportCalendar.due(LocalDate.of(2026, 11, 2), days));
        assertEquals(List.of(monthly(2026, 10)), ReportCalendar.due(LocalDate.of(2026, 11, 30), days));
        // 1 January 2027 is a holiday, 2–3 a weekend: December's report is due on Monday the 4th
        assertEquals(List.of(monthly(2026, 11)), ReportCalendar.due(LocalDate.of(2027, 1, 3), days));
        assertEquals(List.of(monthly(2026, 12)), ReportCalendar.due(LocalDate.of(2027, 1, 4), days));
    }

    @Test
    void theAnnualReportIsDueInDecemberForTheCompleteMonths() {
        List<ReportCalendar.Due> due = ReportCalendar.due(LocalDate.of(2026, 12, 1), days);
        assertEquals(List.of(monthly(2026, 11), new ReportCalendar.Due("ANNUAL",
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)))), due);
        assertEquals(1, ReportCalendar.due(LocalDate.of(2027, 1, 4), days).size(), "not after December");
    }

    private static ReportCalendar.Due monthly(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new ReportCalendar.Due("MONTHLY", new Period(first, first.plusMonths(1)));
    }
}
