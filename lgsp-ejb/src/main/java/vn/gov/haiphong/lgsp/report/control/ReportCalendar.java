package vn.gov.haiphong.lgsp.report.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;

/**
 * Which scheduled reports are due on a day. The operator's monthly report (Đ.14.3) of a month is due from the first
 * working day of the next month; a job that missed that day (platform down) still makes it until the following
 * month's is due. The authority's annual report (Đ.12.6) is due in December, from its first working day, and covers
 * the complete months of the year: 1 January to 30 November (a report of the whole year is one asked for on demand).
 */
public final class ReportCalendar {

    /** A due report: its kind and period. */
    public record Due(String kind, Period period) {
    }

    private ReportCalendar() {
    }

    public static List<Due> due(LocalDate today, WorkingDays days) {
        List<Due> due = new ArrayList<>();
        LocalDate thisMonth = today.withDayOfMonth(1);
        boolean monthStarted = !today.isBefore(days.firstWorkingDayOfMonth(today));
        LocalDate month = monthStarted ? thisMonth.minusMonths(1) : thisMonth.minusMonths(2);
        due.add(new Due("MONTHLY", new Period(month, month.plusMonths(1))));
        if (today.getMonthValue() == 12 && monthStarted) {
            due.add(new Due("ANNUAL", new Period(today.withDayOfYear(1), thisMonth)));
        }
        return due;
    }
}
