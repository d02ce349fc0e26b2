package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.calendar.entity.PublicHoliday;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;

/**
 * The public holidays working days are counted around (Nghị định 47/2020 Đ.35): the authority and the operator keep
 * them from the Government's yearly notice; everyone with an admin role reads them. Every change is audited.
 */
@Stateless
public class Holidays {

    static final String ENTITY = "public-holiday";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AdminAuditLog audit;

    /** The holidays of a year, in order. */
    public List<HolidayView> ofYear(Caller caller, String year) {
        requireReader(caller);
        int y = parseYear(year);
        return em.createNamedQuery(PublicHoliday.BETWEEN, PublicHoliday.class)
                .setParameter("from", LocalDate.of(y, 1, 1)).setParameter("to", LocalDate.of(y + 1, 1, 1))
                .getResultStream().map(Holidays::view).toList();
    }

    /** Records a holiday, or renames it. */
    public HolidayView put(Caller caller, String day, HolidayDraft draft) {
        requireKeeper(caller);
        LocalDate date = parseDay(day);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = FieldViolation.of(validator.validate(draft));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        String vi = VietnameseText.clean(draft.nameVi());
        String en = VietnameseText.clean(draft.nameEn());
        Optional<PublicHoliday> existing = Optional.ofNullable(em.find(PublicHoliday.class, date));
        HolidayView before = existing.map(Holidays::view).orElse(null);
        PublicHoliday holiday = existing.orElseGet(() -> {
            PublicHoliday created = new PublicHoliday(date, vi, en);
            em.persist(created);
            return created;
        });
        holiday.rename(vi, en);
        em.flush();
        HolidayView after = view(holiday);
        audit.record(caller, before == null ? "CREATE" : "UPDATE", ENTITY, date.toString(), null, before, after);
        return after;
    }

    /** Removes a holiday: the day is a working day again (if a weekday). */
    public void remove(Caller caller, String day) {
        requireKeeper(caller);
        LocalDate date = parseDay(day);
        PublicHoliday holiday = Optional.ofNullable(em.find(PublicHoliday.class, date))
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        HolidayView before = view(holiday);
        em.remove(holiday);
        audit.record(caller, "DELETE", ENTITY, date.toString(), null, before, null);
    }

    private static void requireReader(Caller caller) {
        if (!caller.seesEveryAgency() && !caller.has(Roles.AGENCY_ADMIN)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private static void requireKeeper(Caller caller) {
        if (!caller.isCityWide()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private static int parseYear(String year) {
        if (year == null || year.isBlank()) {
            return WorkingCalendar.today().getYear();
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new LgspException(ErrorCode.INVALID_PARAMETER, "year", "2000–2100");
    }

    private static LocalDate parseDay(String day) {
        try {
            LocalDate date = LocalDate.parse(day == null ? "" : day.strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new LgspException(ErrorCode.INVALID_PARAMETER, "day", "YYYY-MM-DD, 2000–2100");
    }

    private static HolidayView view(PublicHoliday h) {
        return new HolidayView(h.getDay(), h.getNameVi(), h.getNameEn());
    }
}
