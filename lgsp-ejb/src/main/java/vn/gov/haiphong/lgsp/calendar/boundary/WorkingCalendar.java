package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;

/** Deadlines in working days, with the holidays of table {@code public_holiday}; "today" in Vietnam. */
@Stateless
public class WorkingCalendar {

    @PersistenceContext
    EntityManager em;

    /** The date by which something received at {@code received} must be answered. */
    public LocalDate deadline(Instant received, int workingDays) {
        return workingDays().deadline(received, workingDays);
    }

    /** Whether {@code [from, to)} overlaps office hours: Monday to Friday 07:30–17:00, not a public holiday. */
    public boolean overlapsOfficeHours(Instant from, Instant to) {
        return workingDays().overlapsOfficeHours(from, to);
    }

    public static LocalDate today() {
        return LocalDate.now(WorkingDays.VIETNAM);
    }

    /** The working days as the holiday table says now. */
    @SuppressWarnings("unchecked")
    public WorkingDays workingDays() {
        List<Object> days = em.createNativeQuery("SELECT day FROM public_holiday").getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        days.forEach(d -> holidays.add(d instanceof Date sql ? sql.toLocalDate() : (LocalDate) d));
        return new WorkingDays(holidays);
    }
}
