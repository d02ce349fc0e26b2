package vn.gov.haiphong.lgsp.incident.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceAvailability;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
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
import vn.gov.haiphong.lgsp.incident.control.AlertIncidents;
import vn.gov.haiphong.lgsp.incident.control.IncidentDesk;
import vn.gov.haiphong.lgsp.incident.control.IncidentImpact;
import vn.gov.haiphong.lgsp.incident.control.IncidentDraft;
import vn.gov.haiphong.lgsp.incident.entity.Incident;
import vn.gov.haiphong.lgsp.incident.entity.IncidentState;
import vn.gov.haiphong.lgsp.incident.entity.Isolation;
import vn.gov.haiphong.lgsp.incident.entity.LogEntry;
import vn.gov.haiphong.lgsp.monitoring.boundary.Alerts;
import vn.gov.haiphong.lgsp.notification.control.Recipients;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Running an incident (Quy chế Đ.10): the operator opens it, moves it through its states, isolates services and
 * systems in the gateway and lifts them, records the backup taken before fixing, the expected fix time and the
 * report; the authority adds its notes (to escalated incidents above all). The operator, the authority and the
 * auditor read every incident; an agency admin those that affect their agency. Every change is one entry of the
 * incident log, one audit record and, where the parties must know, one notification per contact — all in one
 * transaction.
 */
@Stateless
public class Incidents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    IncidentDesk desk;

    @EJB
    AdminAuditLog audit;

    @EJB
    ServiceCatalog catalog;

    @EJB
    ServiceAvailability availability;

    @EJB
    InformationSystems systems;

    @EJB
    Alerts alerts;

    @EJB
    Recipients recipients;

    @EJB
    IncidentImpact impactOf;

    public IncidentView open(Caller caller, IncidentDraft draft) {
        caller.require(Roles.OPERATOR);
        return view(em.find(Incident.class, desk.open(caller, draft)));
    }

    public Page<IncidentView> find(Caller caller, String state, PageRequest page) {
        String agency = caller.seesEveryAgency() ? null : ownAgency(caller);
        IncidentState wanted = state == null || state.isBlank() ? null : parseState("state", state);
        List<Incident> found = em.createNamedQuery(Incident.SEARCH, Incident.class).setParameter("state", wanted)
                .setParameter("agency", agency).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Incident.COUNT, Long.class).setParameter("state", wanted)
                .setParameter("agency", agency).getSingleResult();
        return new Page<>(found.stream().map(Incidents::view).toList(), page.page(), page.size(), total);
    }

    public IncidentView get(Caller caller, long id) {
        return view(readable(caller, id));
    }

    /** The incident log, in order. */
    public List<LogEntryView> log(Caller caller, long id) {
        Incident incident = readable(caller, id);
        return em.createNamedQuery(LogEntry.OF, LogEntry.class).setParameter("incident", incident.getId())
                .getResultStream().map(Incidents::entry).toList();
    }

    /** A page of the incident log, in order. */
    public Page<LogEntryView> log(Caller caller, long id, PageRequest page) {
        Incident incident = readable(caller, id);
        List<LogEntryView> entries = em.createNamedQuery(LogEntry.OF, LogEntry.class)
                .setParameter("incident", incident.getId()).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(Incidents::entry).toList();
        long total = em.createNamedQuery(LogEntry.COUNT, Long.class).setParameter("incident", incident.getId())
                .getSingleResult();
        return new Page<>(entries, page.page(), page.size(), total);
    }

    private static LogEntryView entry(LogEntry e) {
        return new LogEntryView(e.getSeq(), e.getOccurredAt(), e.getActorName(), e.getActorRole(), e.getKind().name(),
                name(e.getFromState()), name(e.getToState()), e.getText());
    }

    /** The incident as an IODEF v2 document (RFC 7970) for exchanging it with other incident teams. */
    public String iodef(Caller caller, long id) {
        IncidentView incident = get(caller, id);
        List<LogEntryView> log = log(caller, id);
        return IodefExport.write(incident, log, impact(incident, log), recipients.operator().email(), Instant.now());
    }

    /** The incident report as a PDF (Quy chế Đ.10.5g): overview, timeline from the log, isolations, report. */
    public byte[] pdf(Caller caller, long id) {
        IncidentView incident = get(caller, id);
        List<LogEntryView> log = log(caller, id);
        return IncidentPdf.write(incident, log, impact(incident, log), Instant.now());
    }

    /** The exchanges it touched, from its detection to its last resolution (or now). */
    private IncidentImpact.Figures impact(IncidentView incident, List<LogEntryView> log) {
        Instant to = Optional.ofNullable(IodefExport.resolvedAt(log)).orElse(Instant.now());
        return impactOf.between(incident.detectedAt(), to, incident.services(), incident.systems());
    }

    /**
     * A step: to ESCALATED (with why), or along the handling. A backup reference given with it is recorded first;
     * the parties are told when the incident is resolved, the authority when it is escalated.
     */
    public IncidentView step(Caller caller, long id, StepDraft draft) {
        caller.require(Roles.OPERATOR);
        if (draft == null || draft.to() == null || draft.to().isBlank()) {
            throw LgspException.invalid(List.of(FieldViolation.of("to", "field.required")));
        }
        List<FieldViolation> violations = FieldViolation.of(validator.validate(draft));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        IncidentState to = parseState("to", draft.to());
        String note = VietnameseText.clean(draft.note());
        if (to == IncidentState.ESCALATED && note == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("note", "incident.note.required")));
        }
        Incident incident = desk.lock(id);
        Object before = IncidentDesk.summary(incident);
        String backup = VietnameseText.clean(draft.backupRef());
        if (backup != null) {
            incident.recordBackup(backup);
            desk.log(incident, caller, LogEntry.Kind.BACKUP, null, null, backup);
        }
        IncidentState from = incident.getState();
        incident.moveTo(to);
        desk.log(incident, caller, LogEntry.Kind.TRANSITION, from, to, note);
        if (to == IncidentState.ESCALATED) {
            desk.notifyAuthority(incident, "INCIDENT_ESCALATED", incident.getId(), incident.getTitle(),
                    incident.getSeverity(), note);
        } else if (to == IncidentState.RESOLVED) {
            desk.notifyParties(incident, "INCIDENT_RESOLVED", incident.getId(), incident.getTitle(),
                    note == null ? "" : note);
            AlertIncidents.alertOf(incident).ifPresent(alert -> alerts.resolveWithIncident(caller, alert,
                    "incident/" + incident.getId()));
        }
        return changed(caller, "STEP_" + to, incident, before);
    }

    /** A note in the incident log: the operator's, or the authority's. */
    public List<LogEntryView> note(Caller caller, long id, String text) {
        if (!caller.has(Roles.OPERATOR) && !caller.has(Roles.AUTHORITY)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        String note = VietnameseText.clean(text);
        if (note == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("note", "incident.note.required")));
        }
        Incident incident = desk.lock(id);
        incident.requireOpenLog();
        desk.log(incident, caller, LogEntry.Kind.NOTE, null, null, note);
        return log(caller, id);
    }

    /**
     * Isolates a service, or a system as consumer and as provider, through the gateway's suspensions: refused calls
     * carry the incident's public notice. A DETECTED incident becomes ISOLATED. Something already suspended is
     * refused: its suspension is someone else's to lift.
     */
    public IncidentView isolate(Caller caller, long id, IsolationDraft draft) {
        caller.require(Roles.OPERATOR);
        boolean service = draft != null && draft.service() != null && !draft.service().isBlank();
        boolean system = draft != null && draft.system() != null && !draft.system().isBlank();
        if (service == system) {
            throw LgspException.invalid(List.of(FieldViolation.of(service ? "system" : "service", "incident.target.one")));
        }
        Optional<ServiceId> serviceId = service ? ServiceId.parse(draft.service().strip()) : Optional.empty();
        Optional<SystemId> systemId = system ? SystemId.parse(draft.system().strip()) : Optional.empty();
        if (service && serviceId.isEmpty() || system && systemId.isEmpty()) {
            throw LgspException.invalid(List.of(service ? FieldViolation.of("service", "service.id.invalid")
                    : FieldViolation.of("system", "access.system.invalid")));
        }
        Incident incident = desk.lock(id);
        incident.requireOpenLog();
        Object before = IncidentDesk.summary(incident);
        Isolation isolation;
        Agency owner;
        if (service) {
            Service target = catalog.load(serviceId.get());
            requireNotSuspended(target.identifier().toString(), target.getSuspension().getReason());
            availability.suspend(caller, serviceId.get(), incident.publicNotice());
            isolation = incident.isolate(target, null, caller.name());
            owner = target.getSystem().getAgency();
        } else {
            InformationSystem target = systems.load(systemId.get().agencyCode(), systemId.get().systemCode());
            requireNotSuspended(target.identifier(), target.getSuspension().getReason());
            systems.suspend(caller, systemId.get().agencyCode(), systemId.get().systemCode(), incident.publicNotice());
            isolation = incident.isolate(null, target, caller.name());
            owner = target.getAgency();
        }
        incident.getAgencies().add(owner);
        em.flush();
        desk.log(incident, caller, LogEntry.Kind.ISOLATE, null, null, isolation.target());
        if (incident.getState() == IncidentState.DETECTED) {
            incident.moveTo(IncidentState.ISOLATED);
            desk.log(incident, caller, LogEntry.Kind.TRANSITION, IncidentState.DETECTED, IncidentState.ISOLATED,
                    isolation.target());
        }
        desk.notifyParties(incident, "INCIDENT_ISOLATED", incident.getId(), incident.getTitle(), isolation.target(),
                incident.publicNotice());
        return changed(caller, "ISOLATE", incident, before);
    }

    /** Lifts an isolation: the gateway serves the service or system again; a recorded step, told to the parties. */
    public IncidentView lift(Caller caller, long id, long isolationId) {
        caller.require(Roles.OPERATOR);
        Incident incident = desk.lock(id);
        incident.requireOpenLog();
        Isolation isolation = incident.getIsolations().stream().filter(i -> i.getId() == isolationId).findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        if (!isolation.isActive()) {
            throw new LgspException(ErrorCode.INCIDENT_ISOLATION_LIFTED, isolationId);
        }
        Object before = IncidentDesk.summary(incident);
        if (isolation.getService() != null) {
            availability.resume(caller, isolation.getService().identifier());
        } else {
            systems.resume(caller, isolation.getSystem().getAgency().getCode(), isolation.getSystem().getSystemCode());
        }
        isolation.lift(caller.name());
        desk.log(incident, caller, LogEntry.Kind.LIFT, null, null, isolation.target());
        desk.notifyParties(incident, "INCIDENT_LIFTED", incident.getId(), incident.getTitle(), isolation.target());
        return changed(caller, "LIFT", incident, before);
    }

    /** Sets or changes the expected fix time (Đ.10.5f); the affected agencies are told. */
    public IncidentView expectFix(Caller caller, long id, EtaDraft draft) {
        caller.require(Roles.OPERATOR);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = FieldViolation.of(validator.validate(draft));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        Incident incident = desk.lock(id);
        incident.requireOpenLog();
        Object before = IncidentDesk.summary(incident);
        incident.expectFixAt(draft.expectedFixAt());
        String note = VietnameseText.clean(draft.note());
        desk.log(incident, caller, LogEntry.Kind.ETA, null, null,
                IncidentDesk.time(draft.expectedFixAt()) + (note == null ? "" : " — " + note));
        desk.notifyParties(incident, "INCIDENT_ETA", incident.getId(), incident.getTitle(),
                IncidentDesk.time(draft.expectedFixAt()), note == null ? "" : note);
        return changed(caller, "ETA", incident, before);
    }

    /** Records the incident's report (Đ.10.5g): needed before a serious incident is closed. */
    public IncidentView report(Caller caller, long id, ReportDraft draft) {
        caller.require(Roles.OPERATOR);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = FieldViolation.of(validator.validate(draft));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        Incident incident = desk.lock(id);
        Object before = IncidentDesk.summary(incident);
        incident.report(VietnameseText.clean(draft.cause()), VietnameseText.clean(draft.impact()),
                VietnameseText.clean(draft.actions()), caller.name());
        desk.log(incident, caller, LogEntry.Kind.REPORT, null, null, incident.getReportCause());
        return changed(caller, "REPORT", incident, before);
    }

    private static void requireNotSuspended(String target, String reason) {
        if (reason != null) {
            throw new LgspException(ErrorCode.INCIDENT_TARGET_SUSPENDED, target, reason);
        }
    }

    private IncidentView changed(Caller caller, String action, Incident incident, Object before) {
        em.flush();
        audit.record(caller, action, IncidentDesk.AUDIT_ENTITY, incident.getId().toString(), null, before,
                IncidentDesk.summary(incident));
        return view(incident);
    }

    private Incident readable(Caller caller, long id) {
        Incident incident = Optional.ofNullable(em.find(Incident.class, id))
                .orElseThrow(() -> new LgspException(ErrorCode.INCIDENT_NOT_FOUND, id));
        if (caller.seesEveryAgency()) {
            return incident;
        }
        String own = ownAgency(caller);
        if (incident.getAgencies().stream().noneMatch(a -> a.getCode().equals(own))) {
            throw new LgspException(ErrorCode.INCIDENT_NOT_FOUND, id);
        }
        return incident;
    }

    private static String ownAgency(Caller caller) {
        if (!caller.has(Roles.AGENCY_ADMIN) || caller.agencyCode() == null) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        return caller.agencyCode();
    }

    private static IncidentState parseState(String field, String text) {
        return Arrays.stream(IncidentState.values()).filter(s -> s.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> LgspException.invalid(List.of(FieldViolation.of(field, "incident.state.invalid",
                        Arrays.toString(IncidentState.values())))));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static IncidentView view(Incident i) {
        return new IncidentView(i.getId(), i.getTitle(), i.getDescription(), i.getNoticeVi(), i.getNoticeEn(),
                i.getSeverity().name(), i.getCategory().name(), i.isDataAffected(), i.getState().name(),
                i.getState().next().stream().map(Enum::name).toList(), i.getSource(), i.getDetectedAt(), i.getOpenedBy(),
                i.getExpectedFixAt(), i.getBackupRef(),
                i.getServices().stream().map(s -> s.identifier().toString()).sorted().toList(),
                i.getSystems().stream().map(InformationSystem::identifier).sorted().toList(),
                i.getAgencies().stream().map(Agency::getCode).sorted().toList(),
                i.getIsolations().stream().map(x -> new IncidentView.IsolationView(x.getId(), x.target(),
                        x.getIsolatedAt(), x.getIsolatedBy(), x.getLiftedAt(), x.getLiftedBy())).toList(),
                i.needsReport(), i.getReportedAt() == null ? null : new IncidentView.Report(i.getReportCause(),
                        i.getReportImpact(), i.getReportActions(), i.getReportedBy(), i.getReportedAt()),
                i.getClosedAt(), i.getVersion());
    }
}
