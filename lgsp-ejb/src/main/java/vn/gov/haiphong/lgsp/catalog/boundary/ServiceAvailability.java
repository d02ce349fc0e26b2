package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.catalog.entity.MaintenanceWindow;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.notification.control.Addressee;
import vn.gov.haiphong.lgsp.notification.control.Outbox;
import vn.gov.haiphong.lgsp.notification.control.Recipients;
import vn.gov.haiphong.lgsp.notification.control.Templates;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The operator's hold on a service (Quy chế Đ.10, Đ.14): planned maintenance windows, during which the
 * gateway refuses calls with the window's notice — announced to the parties at least seven days ahead, or flagged
 * as an emergency with its reason, and flagged with a reason when it falls in office hours — and suspension until
 * resumed. Audited; effective for
 * the very next call on every node (the access policy is told).
 */
@Stateless
public class ServiceAvailability {

    static final String ENTITY = "service-availability";
    /** How long before it starts a planned window must be announced (Quy chế Đ.9.7, Đ.14.2). */
    static final Duration NOTICE = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    ServiceCatalog catalog;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    @EJB
    Outbox outbox;

    @EJB
    WorkingCalendar calendar;

    @EJB
    Recipients recipients;

    @EJB
    InformationSystems systems;

    public AvailabilityView get(ServiceId id) {
        return view(catalog.load(id));
    }

    public AvailabilityView planMaintenance(Caller caller, ServiceId id, MaintenanceDraft draft) {
        caller.require(Roles.OPERATOR);
        Terms terms = terms(draft);
        Service service = catalog.load(id);
        AvailabilityView before = view(service);
        MaintenanceWindow window = new MaintenanceWindow(service, draft.startsAt(), draft.endsAt(),
                VietnameseText.clean(draft.noticeVi()), VietnameseText.clean(draft.noticeEn()), caller.name(),
                terms.emergencyReason());
        terms.flag(window);
        em.persist(window);
        announce(window);
        return changed(caller, "PLAN_MAINTENANCE", service, before);
    }

    /**
     * A window over every service of one provider system ({@code system} {@code agency/system}), or of the whole
     * platform (no system): the same notice rules, announced to every provider and consumer agency concerned.
     */
    public WideWindowView planWide(Caller caller, String system, MaintenanceDraft draft) {
        caller.require(Roles.OPERATOR);
        InformationSystem target = null;
        if (system != null && !system.isBlank()) {
            SystemId sid = SystemId.parse(system.strip()).orElseThrow(() -> LgspException.invalid(
                    List.of(FieldViolation.of("system", "access.system.invalid"))));
            target = systems.load(sid.agencyCode(), sid.systemCode());
        }
        Terms terms = terms(draft);
        MaintenanceWindow window = MaintenanceWindow.wide(target, draft.startsAt(), draft.endsAt(),
                VietnameseText.clean(draft.noticeVi()), VietnameseText.clean(draft.noticeEn()), caller.name(),
                terms.emergencyReason());
        terms.flag(window);
        em.persist(window);
        em.flush();
        announce(window);
        WideWindowView after = wideView(window);
        audit.record(caller, "PLAN_MAINTENANCE", ENTITY, window.target(), target == null ? null : target.getAgency().getCode(),
                null, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    /** A page of the planned windows of whole systems and of the platform (current and future), by start. */
    public Page<WideWindowView> wide(Caller caller, PageRequest page) {
        if (!caller.seesEveryAgency() && !caller.has(Roles.AGENCY_ADMIN)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Instant now = Instant.now();
        List<WideWindowView> windows = em.createNamedQuery(MaintenanceWindow.WIDE, MaintenanceWindow.class)
                .setParameter("now", now).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(ServiceAvailability::wideView).toList();
        long total = em.createNamedQuery(MaintenanceWindow.WIDE_COUNT, Long.class).setParameter("now", now)
                .getSingleResult();
        return new Page<>(windows, page.page(), page.size(), total);
    }

    public void cancelWide(Caller caller, long windowId) {
        caller.require(Roles.OPERATOR);
        MaintenanceWindow window = Optional.ofNullable(em.find(MaintenanceWindow.class, windowId))
                .filter(w -> w.getService() == null && w.getCancelledAt() == null)
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        WideWindowView before = wideView(window);
        window.cancel(caller.name());
        em.flush();
        audit.record(caller, "CANCEL_MAINTENANCE", ENTITY, window.target(),
                window.getSystem() == null ? null : window.getSystem().getAgency().getCode(), before, null);
        cacheChanges.announce(CacheChanged.ACCESS);
    }

    /** What the notice rules make of a draft: refused, or its emergency and office-hours flags. */
    private record Terms(String emergencyReason, boolean officeHours, String officeHoursReason) {

        void flag(MaintenanceWindow window) {
            if (officeHours) {
                window.duringOfficeHours(officeHoursReason);
            }
        }
    }

    /**
     * Checks a window against the notice rules (Quy chế Đ.9.7, Đ.14.2): announced at least seven days ahead unless an
     * emergency with its reason; a window in office hours says why (an emergency's reason serves).
     */
    private Terms terms(MaintenanceDraft draft) {
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.startsAt() != null && draft.endsAt() != null && !draft.endsAt().isAfter(draft.startsAt())) {
            violations.add(FieldViolation.of("endsAt", "maintenance.span"));
        }
        if (draft.endsAt() != null && !draft.endsAt().isAfter(Instant.now())) {
            violations.add(FieldViolation.of("endsAt", "access.until.past"));
        }
        boolean emergency = Boolean.TRUE.equals(draft.emergency());
        String emergencyReason = emergency ? VietnameseText.clean(draft.emergencyReason()) : null;
        if (emergency && emergencyReason == null) {
            violations.add(FieldViolation.of("emergencyReason", "maintenance.emergency.reason"));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        Instant earliest = Instant.now().plus(NOTICE);
        if (!emergency && draft.startsAt().isBefore(earliest)) {
            throw new LgspException(ErrorCode.MAINTENANCE_NOTICE_TOO_SHORT, NOTICE.toDays(), Templates.localTime(earliest));
        }
        boolean officeHours = calendar.overlapsOfficeHours(draft.startsAt(), draft.endsAt());
        String officeHoursReason = VietnameseText.clean(draft.officeHoursReason());
        if (officeHours && !emergency && officeHoursReason == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("officeHoursReason", "maintenance.office-hours.reason")));
        }
        return new Terms(emergencyReason, officeHours, officeHoursReason);
    }

    public AvailabilityView cancelMaintenance(Caller caller, ServiceId id, long windowId) {
        caller.require(Roles.OPERATOR);
        Service service = catalog.load(id);
        MaintenanceWindow window = Optional.ofNullable(em.find(MaintenanceWindow.class, windowId))
                .filter(w -> w.getService() != null && w.getService().getId().equals(service.getId())
                        && w.getCancelledAt() == null)
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        AvailabilityView before = view(service);
        window.cancel(caller.name());
        return changed(caller, "CANCEL_MAINTENANCE", service, before);
    }

    public AvailabilityView suspend(Caller caller, ServiceId id, String reason) {
        caller.require(Roles.OPERATOR);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        Service service = catalog.load(id);
        AvailabilityView before = view(service);
        service.getSuspension().suspend(caller.name(), why);
        return changed(caller, "SUSPEND", service, before);
    }

    public AvailabilityView resume(Caller caller, ServiceId id) {
        caller.require(Roles.OPERATOR);
        Service service = catalog.load(id);
        AvailabilityView before = view(service);
        service.getSuspension().lift();
        return changed(caller, "RESUME", service, before);
    }

    /**
     * Reminds the parties of the windows that start within 24 hours (those announced earlier than that), and tells
     * them of the windows that have just ended. Rows are claimed with {@code SKIP LOCKED}: with every node sweeping,
     * each notice is queued once.
     *
     * @return how many notices were queued
     */
    @SuppressWarnings("unchecked")
    public int sweepNotices() {
        List<Number> starting = em.createNativeQuery("SELECT id FROM service_maintenance WHERE cancelled_at IS NULL"
                + " AND reminded_at IS NULL AND starts_at > now() AND starts_at <= now() + interval '24 hours'"
                + " AND created_at < starts_at - interval '24 hours' ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED")
                .getResultList();
        for (Number id : starting) {
            MaintenanceWindow window = em.find(MaintenanceWindow.class, id.longValue());
            window.reminded();
            announce(window, "MAINTENANCE_REMINDER");
        }
        List<Number> ended = em.createNativeQuery("SELECT id FROM service_maintenance WHERE cancelled_at IS NULL"
                + " AND ended_notice_at IS NULL AND ends_at <= now() AND ends_at > now() - interval '1 day'"
                + " ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED").getResultList();
        for (Number id : ended) {
            MaintenanceWindow window = em.find(MaintenanceWindow.class, id.longValue());
            window.endNoticed();
            announce(window, "MAINTENANCE_ENDED");
        }
        return starting.size() + ended.size();
    }

    private void announce(MaintenanceWindow window) {
        announce(window, window.isEmergency() ? "MAINTENANCE_EMERGENCY" : "MAINTENANCE_ANNOUNCED");
    }

    /**
     * Tells the provider agencies of the services the window covers, their consumers' agencies and the operator
     * (Quy chế Đ.9.7, Đ.14.2): once per address, however many services a system or platform window covers.
     */
    @SuppressWarnings("unchecked")
    private void announce(MaintenanceWindow window, String kind) {
        List<Object[]> covered;
        if (window.getService() != null) {
            Service service = window.getService();
            covered = List.<Object[]>of(new Object[] {service.getId(), service.getSystem().getId(),
                    service.getSystem().getAgency().getId()});
        } else {
            covered = em.createNativeQuery("SELECT s.id, i.id, i.agency_id FROM service s JOIN information_system i"
                    + " ON i.id = s.system_id WHERE s.status IN ('PUBLISHED', 'DISABLED') AND (?1 = -1 OR i.id = ?1)"
                    + " ORDER BY s.id").setParameter(1, window.getSystem() == null ? -1L : window.getSystem().getId())
                    .getResultList();
        }
        List<Long> agencies = new ArrayList<>();
        List<Long> providers = new ArrayList<>();
        for (Object[] c : covered) {
            addOnce(agencies, ((Number) c[2]).longValue());
            addOnce(providers, ((Number) c[1]).longValue());
        }
        recipients.consumerAgencies(covered.stream().map(c -> ((Number) c[0]).longValue()).toList())
                .forEach(a -> addOnce(agencies, a));
        List<Addressee> to = new ArrayList<>(recipients.of(agencies, providers));
        to.add(recipients.operator());
        String notice = window.getNoticeVi() + (window.getNoticeEn() == null ? "" : " / " + window.getNoticeEn());
        outbox.queue(kind, "maintenance/" + window.getId(), to, window.target(), Templates.localTime(window.getStartsAt()),
                Templates.localTime(window.getEndsAt()), notice, window.getEmergencyReason());
    }

    private static void addOnce(List<Long> ids, long id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    private static WideWindowView wideView(MaintenanceWindow w) {
        return new WideWindowView(w.getId(), w.target(), w.getSystem() == null ? null : w.getSystem().identifier(),
                w.getStartsAt(), w.getEndsAt(), w.getNoticeVi(), w.getNoticeEn(), w.getCreatedBy(), w.isEmergency(),
                w.getEmergencyReason(), w.isOfficeHours(), w.getOfficeHoursReason());
    }

    private AvailabilityView changed(Caller caller, String action, Service service, AvailabilityView before) {
        em.flush();
        AvailabilityView after = view(service);
        audit.record(caller, action, ENTITY, after.service(), service.getSystem().getAgency().getCode(), before, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    private AvailabilityView view(Service s) {
        // the service's own windows, and those of its system and of the platform: all keep it from being called
        List<AvailabilityView.Window> windows = em.createNamedQuery(MaintenanceWindow.APPLYING, MaintenanceWindow.class)
                .setParameter("service", s).setParameter("system", s.getSystem()).setParameter("now", Instant.now())
                .getResultList().stream()
                .map(w -> new AvailabilityView.Window(w.getId(), w.getStartsAt(), w.getEndsAt(), w.getNoticeVi(),
                        w.getNoticeEn(), w.getCreatedBy(), w.isEmergency(), w.getEmergencyReason(),
                        w.isOfficeHours(), w.getOfficeHoursReason())).toList();
        return new AvailabilityView(s.identifier().toString(), s.getSuspension().getSuspendedAt(),
                s.getSuspension().getSuspendedBy(), s.getSuspension().getReason(), windows);
    }
}
