package vn.gov.haiphong.lgsp.incident.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.incident.entity.Category;
import vn.gov.haiphong.lgsp.incident.entity.Incident;
import vn.gov.haiphong.lgsp.incident.entity.IncidentState;
import vn.gov.haiphong.lgsp.incident.entity.LogEntry;
import vn.gov.haiphong.lgsp.incident.entity.Severity;
import vn.gov.haiphong.lgsp.notification.control.Addressee;
import vn.gov.haiphong.lgsp.notification.control.Outbox;
import vn.gov.haiphong.lgsp.notification.control.Recipients;
import vn.gov.haiphong.lgsp.notification.control.Templates;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The incident desk: opens incidents (for an officer, or for an alert — {@link #open} is what monitoring calls),
 * writes the incident log and tells the parties. Whoever calls it has checked the caller's role; the desk records who
 * acted. Everything it does joins the caller's transaction: an incident, its log entry, its audit record and its
 * notifications commit together.
 */
@Stateless
public class IncidentDesk {

    public static final String AUDIT_ENTITY = "incident";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    ServiceCatalog catalog;

    @EJB
    InformationSystems systems;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @EJB
    Outbox outbox;

    @EJB
    Recipients recipients;

    /**
     * Opens an incident in state DETECTED, logs it and notifies the affected agencies and the operator. With a
     * {@code source} (an alert's key) that already has an open incident, answers that one instead: one incident per
     * firing alert.
     *
     * @return the incident's id
     */
    public long open(Caller caller, IncidentDraft draft) {
        List<FieldViolation> violations = validate(draft);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        String source = blankToNull(draft.source());
        if (source != null) {
            Optional<Incident> open = em.createNamedQuery(Incident.OPEN_FROM, Incident.class)
                    .setParameter("source", source).getResultStream().findFirst();
            if (open.isPresent()) {
                return open.get().getId();
            }
        }
        Set<Service> services = new LinkedHashSet<>();
        for (String s : list(draft.services())) {
            services.add(catalog.load(ServiceId.parse(s).orElseThrow()));
        }
        Set<InformationSystem> affectedSystems = new LinkedHashSet<>();
        for (String s : list(draft.systems())) {
            SystemId id = SystemId.parse(s).orElseThrow();
            affectedSystems.add(systems.load(id.agencyCode(), id.systemCode()));
        }
        Set<Agency> affectedAgencies = new LinkedHashSet<>();
        for (String code : list(draft.agencies())) {
            affectedAgencies.add(agencies.load(code));
        }
        services.forEach(s -> affectedAgencies.add(s.getSystem().getAgency()));
        affectedSystems.forEach(s -> affectedAgencies.add(s.getAgency()));
        affectedAgencies.addAll(consumersOf(services));
        Incident incident = new Incident(VietnameseText.clean(draft.title()), VietnameseText.clean(draft.description()),
                VietnameseText.clean(draft.noticeVi()), VietnameseText.clean(draft.noticeEn()),
                Severity.valueOf(draft.severity()), Category.valueOf(draft.category()),
                Boolean.TRUE.equals(draft.dataAffected()),
                source, draft.detectedAt() == null ? Instant.now() : draft.detectedAt(), caller.name());
        incident.affect(services, affectedSystems, affectedAgencies);
        em.persist(incident);
        em.flush();
        log(incident, caller, LogEntry.Kind.OPENED, null, IncidentState.DETECTED, incident.getTitle());
        audit.record(caller, "OPEN", AUDIT_ENTITY, incident.getId().toString(), null, null, summary(incident));
        notifyParties(incident, "INCIDENT_OPENED", incident.getId(), incident.getTitle(), incident.getSeverity(),
                incident.getNoticeVi() + (incident.getNoticeEn() == null ? "" : " / " + incident.getNoticeEn()),
                affectedText(incident), time(incident.getDetectedAt()));
        return incident.getId();
    }

    /** The incident, locked for a step: steps on one incident are taken one after another, numbered in order. */
    public Incident lock(long id) {
        return Optional.ofNullable(em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new LgspException(ErrorCode.INCIDENT_NOT_FOUND, id));
    }

    /** Appends an entry to the incident's log, after the last one. */
    public LogEntry log(Incident incident, Caller caller, LogEntry.Kind kind, IncidentState from, IncidentState to,
                        String text) {
        Integer last = em.createQuery("SELECT max(e.seq) FROM LogEntry e WHERE e.incidentId = :incident", Integer.class)
                .setParameter("incident", incident.getId()).getSingleResult();
        LogEntry entry = new LogEntry(incident.getId(), last == null ? 1 : last + 1, caller.name(), caller.primaryRole(),
                kind, from, to, text);
        em.persist(entry);
        return entry;
    }

    /** Notifies the affected agencies' contacts and the operator. */
    public void notifyParties(Incident incident, String kind, Object... args) {
        List<Addressee> to = new ArrayList<>(recipients.of(
                incident.getAgencies().stream().map(Agency::getId).toList(), systemIdsOf(incident)));
        to.add(recipients.operator());
        outbox.queue(kind, "incident/" + incident.getId(), to, args);
    }

    /** Notifies the authority (and the operator) only. */
    public void notifyAuthority(Incident incident, String kind, Object... args) {
        outbox.queue(kind, "incident/" + incident.getId(), List.of(recipients.authority(), recipients.operator()), args);
    }

    /** A time as the parties read it: Vietnam time. */
    public static String time(Instant at) {
        return Templates.localTime(at);
    }

    /** What the audit keeps of an incident. */
    public static Object summary(Incident i) {
        return new Summary(i.getId(), i.getTitle(), i.getSeverity(), i.getCategory(), i.getState(), i.isDataAffected(),
                i.getExpectedFixAt(), i.getBackupRef(), i.getIsolations().stream().filter(x -> x.isActive())
                .map(x -> x.target()).toList());
    }

    public record Summary(long id, String title, Severity severity, Category category, IncidentState state,
                   boolean dataAffected, Instant expectedFixAt, String backupRef, List<String> isolated) {
    }

    private static List<Long> systemIdsOf(Incident incident) {
        Set<Long> ids = new LinkedHashSet<>();
        incident.getSystems().forEach(s -> ids.add(s.getId()));
        incident.getServices().forEach(s -> ids.add(s.getSystem().getId()));
        return List.copyOf(ids);
    }

    private static String affectedText(Incident incident) {
        List<String> parts = new ArrayList<>();
        incident.getServices().forEach(s -> parts.add(s.identifier().toString()));
        incident.getSystems().forEach(s -> parts.add(s.identifier()));
        incident.getAgencies().forEach(a -> parts.add(a.getCode() + " " + a.getName()));
        return String.join("; ", parts);
    }

    private Set<Agency> consumersOf(Set<Service> services) {
        return recipients.consumerAgencies(services.stream().map(Service::getId).toList()).stream()
                .map(id -> em.find(Agency.class, id)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<FieldViolation> validate(IncidentDraft draft) {
        if (draft == null) {
            return List.of(FieldViolation.of("body", "field.required"));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.severity() != null && !draft.severity().isBlank() && !names(Severity.values()).contains(draft.severity())) {
            violations.add(FieldViolation.of("severity", "incident.severity.invalid", names(Severity.values())));
        }
        if (draft.category() != null && !draft.category().isBlank() && !names(Category.values()).contains(draft.category())) {
            violations.add(FieldViolation.of("category", "incident.category.invalid", names(Category.values())));
        }
        List<String> services = list(draft.services());
        for (int i = 0; i < services.size(); i++) {
            if (ServiceId.parse(services.get(i)).isEmpty()) {
                violations.add(FieldViolation.of("services[" + i + "]", "service.id.invalid"));
            }
        }
        List<String> systemIds = list(draft.systems());
        for (int i = 0; i < systemIds.size(); i++) {
            if (SystemId.parse(systemIds.get(i)).isEmpty()) {
                violations.add(FieldViolation.of("systems[" + i + "]", "access.system.invalid"));
            }
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).map(String::strip).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
