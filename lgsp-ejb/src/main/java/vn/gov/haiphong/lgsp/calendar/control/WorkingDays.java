package vn.gov.haiphong.lgsp.calendar.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Deadline arithmetic over working days: Monday to Friday, except public holidays.
 * Plain Java; the holidays are given by the caller (read from {@code public_holiday}).
 */
public final class WorkingDays {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Office hours (giờ hành chính) of a working day, Vietnam time. */
    public static final LocalTime OFFICE_OPENS = LocalTime.of(7, 30);
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /** Whether any holiday of {@code year} is recorded: a year without one has no calendar yet. */
    public boolean covers(int year) {
        return holidays.stream().anyMatch(d -> d.getYear() == year);
    }

    /** The years with holidays recorded. */
    public Set<Integer> years() {
        return holidays.stream().map(LocalDate::getYear).collect(java.util.stream.Collectors.toSet());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The day by which something received at {@code received} must be answered, {@code days} working
     * days later: counting starts the working day after receipt (a request received on Friday
     * afternoon or during Tết is counted from the next working day), and the deadline is the end of
     * the last counted day.
     */
    public LocalDate deadline(Instant received, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        LocalDate day = received.atZone(VIETNAM).toLocalDate();
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days an answer took, counted as {@link #deadline} counts them: the working days after the day
     * of receipt up to and including the day of the answer (answered the same day: 0; on a deadline of n days: n).
     */
    public int between(Instant received, Instant answered) {
        LocalDate day = received.atZone(VIETNAM).toLocalDate();
        LocalDate last = answered.atZone(VIETNAM).toLocalDate();
        int counted = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /** The first working day of the month holding {@code day}. */
    public LocalDate firstWorkingDayOfMonth(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        while (!isWorkingDay(first)) {
            first = first.plusDays(1);
        }
        return first;
    }

    /** Whether {@code [from, to)} overlaps the office hours of a working day. */
    public boolean overlapsOfficeHours(Instant from, Instant to) {
        LocalDate last = to.atZone(VIETNAM).toLocalDate();
        for (LocalDate day = from.atZone(VIETNAM).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day) && from.isBefore(day.atTime(OFFICE_CLOSES).atZone(VIETNAM).toInstant())
                    && to.isAfter(day.atTime(OFFICE_OPENS).atZone(VIETNAM).toInstant())) {
                return true;
            }
        }
        return false;
    }
}
