package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.haiphong.lgsp.calendar.control.CalendarGaps;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.calendar.entity.PublicHoliday;
import vn.gov.haiphong.lgsp.common.health.HolidayCoverage;

/**
 * Deadlines in working days, with the holidays of table {@code public_holiday}; "today" in Vietnam. Arithmetic that
 * reaches into a year without any recorded holiday still counts (weekends only) but is remembered as a gap, shown in
 * {@code /health/ready} and on the status board until the year's holidays are recorded.
 */
@Stateless
public class WorkingCalendar {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarGaps gaps;

    /** The date by which something received at {@code received} must be answered. */
    public LocalDate deadline(Instant received, int workingDays) {
        WorkingDays days = workingDays();
        LocalDate deadline = days.deadline(received, workingDays);
        reached(days, received.atZone(WorkingDays.VIETNAM).getYear(), deadline.getYear());
        return deadline;
    }

    /** Whether {@code [from, to)} overlaps office hours: Monday to Friday 07:30–17:00, not a public holiday. */
    public boolean overlapsOfficeHours(Instant from, Instant to) {
        WorkingDays days = workingDays();
        reached(days, from.atZone(WorkingDays.VIETNAM).getYear(), to.atZone(WorkingDays.VIETNAM).getYear());
        return days.overlapsOfficeHours(from, to);
    }

    /** The years with holidays recorded, and those the platform needs (this one, the next, any reached) without. */
    public HolidayCoverage coverage() {
        WorkingDays days = workingDays();
        Set<Integer> needed = new TreeSet<>(gaps.reached());
        needed.add(today().getYear());
        needed.add(today().getYear() + 1);
        return new HolidayCoverage(List.copyOf(new TreeSet<>(days.years())),
                needed.stream().filter(y -> !days.covers(y)).toList());
    }

    public static LocalDate today() {
        return LocalDate.now(WorkingDays.VIETNAM);
    }

    private void reached(WorkingDays days, int fromYear, int toYear) {
        for (int year = fromYear; year <= toYear; year++) {
            if (!days.covers(year)) {
                gaps.reached(year);
            }
        }
    }

    /** The working days as the holiday table says now. */
    public WorkingDays workingDays() {
        List<LocalDate> days = em.createNamedQuery(PublicHoliday.ALL_DAYS, LocalDate.class).getResultList();
        return new WorkingDays(new HashSet<>(days));
    }
}
