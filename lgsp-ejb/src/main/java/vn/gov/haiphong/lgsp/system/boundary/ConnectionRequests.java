package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.audit.control.RequestHistory;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.notification.control.Notices;
import vn.gov.haiphong.lgsp.registry.control.AgencyDrafts;
import vn.gov.haiphong.lgsp.system.control.KeycloakClients;
import vn.gov.haiphong.lgsp.system.entity.ConnectionRequest;
import vn.gov.haiphong.lgsp.system.entity.ConnectionRequest.Status;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The procedure to connect a system to the LGSP or cancel its connection (Quy chế Đ.12.5): the agency
 * files the form, the operator checks it, the authority approves or refuses with a reason — within
 * five working days (Nghị định 47/2020 Đ.35, weekends and public holidays excluded). Approving a
 * CONNECT creates the system's Keycloak client and hands its secret over once; approving a CANCEL
 * disables it. Every step is kept in the request's history and in the admin audit.
 */
@Stateless
public class ConnectionRequests {

    static final String ENTITY = "connection-request";
    static final int ANSWER_WITHIN_WORKING_DAYS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    KeycloakClients keycloak;

    @Inject
    Event<SystemDisconnected> disconnected;

    @EJB
    InformationSystems systems;

    @EJB
    AdminAuditLog audit;

    @EJB
    Notices notices;

    @EJB
    WorkingCalendar calendar;

    @EJB
    CacheChanges cacheChanges;

    public ConnectionRequestView file(Caller caller, ConnectionRequestDraft draft) {
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        ConnectionRequest.Kind kind = AgencyDrafts.parseOptional(ConnectionRequest.Kind.class, draft.kind(), "kind",
                "request.kind.invalid", violations);
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> a.field().compareTo(b.field()));
            throw LgspException.invalid(violations);
        }
        InformationSystems.requireManages(caller, draft.agencyCode());
        InformationSystem system = systems.load(draft.agencyCode(), draft.systemCode());
        long open = em.createNamedQuery(ConnectionRequest.OPEN_FOR_SYSTEM, Long.class)
                .setParameter("system", system).getSingleResult();
        if (open > 0) {
            throw new LgspException(ErrorCode.CONNECTION_REQUEST_OPEN, system.identifier());
        }
        if (kind == ConnectionRequest.Kind.CONNECT) {
            if (system.getConnectionStatus() == InformationSystem.ConnectionStatus.CONNECTED) {
                throw new LgspException(ErrorCode.SYSTEM_CONNECTION_STATE, system.identifier(), system.getConnectionStatus());
            }
            InformationSystems.requireEligible(system);
        } else if (system.getConnectionStatus() != InformationSystem.ConnectionStatus.CONNECTED) {
            throw new LgspException(ErrorCode.SYSTEM_CONNECTION_STATE, system.identifier(), system.getConnectionStatus());
        }
        Instant now = Instant.now();
        ConnectionRequest request = new ConnectionRequest(system, kind, VietnameseText.clean(draft.purpose()),
                VietnameseText.clean(draft.contactName()), draft.contactEmail().strip(), draft.expectedVolume(),
                VietnameseText.clean(draft.securityEvidence()), caller.name(), now,
                calendar.deadline(now, ANSWER_WITHIN_WORKING_DAYS), RequestHistory.append("[]", caller, "FILE", null));
        em.persist(request);
        em.flush();
        ConnectionRequestView view = view(request);
        audit.record(caller, "FILE", ENTITY, String.valueOf(request.getId()), system.getAgency().getCode(), null, view);
        tellParties(request, "FILE");
        return view;
    }

    /** The operator has checked the form and its evidence. */
    public ConnectionRequestView check(Caller caller, long id, String note) {
        caller.require(Roles.OPERATOR);
        ConnectionRequest request = inState(load(id), "check", Status.SUBMITTED);
        return move(caller, request, Status.CHECKED, "CHECK", VietnameseText.clean(note), null);
    }

    public ConnectionRequestView approve(Caller caller, long id) {
        caller.require(Roles.AUTHORITY);
        ConnectionRequest request = inState(load(id), "approve", Status.CHECKED);
        InformationSystem system = request.getSystem();
        String secret = null;
        if (request.getKind() == ConnectionRequest.Kind.CONNECT) {
            InformationSystems.requireEligible(system);
            secret = keycloak.create(system.identifier(), system.getName(), system.getAgency().getCode());
            system.connected(system.identifier());
        } else {
            keycloak.disable(system.getClientId());
            system.cancelled();
            disconnected.fire(new SystemDisconnected(caller, system));
        }
        cacheChanges.announce(CacheChanged.ACCESS); // the access policy caches whether a system is connected
        ConnectionRequestView approved = move(caller, request, Status.APPROVED, "APPROVE", null, null);
        return withSecret(approved, secret);
    }

    public ConnectionRequestView refuse(Caller caller, long id, String reason) {
        caller.require(Roles.AUTHORITY);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        ConnectionRequest request = inState(load(id), "refuse", Status.SUBMITTED, Status.CHECKED);
        return move(caller, request, Status.REFUSED, "REFUSE", why, why);
    }

    public ConnectionRequestView get(Caller caller, long id) {
        ConnectionRequest request = load(id);
        requireSees(caller, request.getSystem().getAgency().getCode());
        return view(request);
    }

    /** Requests by deadline; {@code overdue} only those still open past their due date. */
    public Page<ConnectionRequestView> find(Caller caller, String status, boolean overdue, PageRequest page) {
        String agency = caller.seesEveryAgency() ? null : caller.agencyCode();
        requireSees(caller, agency);
        Status wanted = status == null || status.isBlank() ? null
                : AgencyDrafts.parseEnum(Status.class, status, "status", "request.status.invalid");
        LocalDate today = today();
        List<ConnectionRequest> requests = em.createNamedQuery(ConnectionRequest.SEARCH, ConnectionRequest.class)
                .setParameter("status", wanted).setParameter("agencyCode", agency)
                .setParameter("onlyOverdue", overdue).setParameter("today", today)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(ConnectionRequest.COUNT, Long.class)
                .setParameter("status", wanted).setParameter("agencyCode", agency)
                .setParameter("onlyOverdue", overdue).setParameter("today", today).getSingleResult();
        return new Page<>(requests.stream().map(r -> view(r)).toList(), page.page(), page.size(), total);
    }

    private static void requireSees(Caller caller, String agencyCode) {
        boolean own = caller.has(Roles.AGENCY_ADMIN) && agencyCode != null && agencyCode.equals(caller.agencyCode());
        if (!caller.seesEveryAgency() && !own) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    private ConnectionRequest load(long id) {
        return Optional.ofNullable(em.find(ConnectionRequest.class, id))
                .orElseThrow(() -> new LgspException(ErrorCode.CONNECTION_REQUEST_NOT_FOUND, id));
    }

    private static ConnectionRequest inState(ConnectionRequest request, String step, Status... allowed) {
        Set<Status> states = new HashSet<>(List.of(allowed));
        if (!states.contains(request.getStatus())) {
            throw new LgspException(ErrorCode.CONNECTION_REQUEST_STATE, request.getId(), request.getStatus(), step);
        }
        return request;
    }

    private ConnectionRequestView move(Caller caller, ConnectionRequest request, Status next, String action, String note,
                                       String refusal) {
        ConnectionRequestView before = view(request);
        request.moveTo(next, RequestHistory.append(request.getHistory(), caller, action, note), refusal);
        em.flush();
        ConnectionRequestView after = view(request);
        audit.record(caller, action, ENTITY, String.valueOf(request.getId()),
                request.getSystem().getAgency().getCode(), before, after);
        tellParties(request, action);
        return after;
    }

    /**
     * Tells the parties of every open request past its due date, once each ({@code overdue_notified_at}): the
     * once-per-cluster job's step, in its transaction. Rows being changed meanwhile are skipped (SKIP LOCKED) and
     * looked at next time.
     */
    @SuppressWarnings("unchecked")
    public int tellOverdue(LocalDate today) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM connection_request WHERE status IN ('SUBMITTED', 'CHECKED')"
                        + " AND due_date < ?1 AND overdue_notified_at IS NULL ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED")
                .setParameter(1, today).getResultList();
        for (Number id : ids) {
            tellParties(em.find(ConnectionRequest.class, id.longValue()), "OVERDUE");
        }
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE connection_request SET overdue_notified_at = clock_timestamp() WHERE id IN (:ids)")
                    .setParameter("ids", ids.stream().map(Number::longValue).toList()).executeUpdate();
        }
        return ids.size();
    }

    /**
     * The system's agency and contact, with the operator, are told when a request is filed, overdue (the authority
     * too, who decides it) or decided.
     */
    private void tellParties(ConnectionRequest r, String action) {
        String kind = switch (action) {
            case "FILE" -> "CONNECTION_REQUEST_FILED";
            case "OVERDUE" -> "CONNECTION_REQUEST_OVERDUE";
            case "APPROVE" -> "CONNECTION_REQUEST_APPROVED";
            case "REFUSE" -> "CONNECTION_REQUEST_REFUSED";
            default -> null;
        };
        if (kind != null) {
            boolean pending = "FILE".equals(action) || "OVERDUE".equals(action);
            notices.tell(kind, "connection-request/" + r.getId(), List.of(r.getSystem().getAgency().getId()),
                    List.of(r.getSystem().getId()), pending, r.getId(), r.getSystem().identifier(),
                    r.getKind(), pending ? r.getDueDate() : r.getRefusalReason());
        }
    }

    private static LocalDate today() {
        return WorkingCalendar.today();
    }

    private static ConnectionRequestView withSecret(ConnectionRequestView v, String secret) {
        return new ConnectionRequestView(v.id(), v.system(), v.kind(), v.status(), v.purpose(), v.contactName(),
                v.contactEmail(), v.expectedVolume(), v.securityEvidence(), v.submittedBy(), v.submittedAt(), v.dueDate(),
                v.overdue(), v.decidedAt(), v.refusalReason(), v.history(), v.clientId(), secret);
    }

    private static ConnectionRequestView view(ConnectionRequest r) {
        boolean open = r.getStatus() == Status.SUBMITTED || r.getStatus() == Status.CHECKED;
        return new ConnectionRequestView(r.getId(), r.getSystem().identifier(), r.getKind(), r.getStatus(), r.getPurpose(),
                r.getContactName(), r.getContactEmail(), r.getExpectedVolume(), r.getSecurityEvidence(),
                r.getSubmittedBy(), r.getSubmittedAt(), r.getDueDate(), open && r.getDueDate().isBefore(today()),
                r.getDecidedAt(), r.getRefusalReason(), RequestHistory.parse(r.getHistory()), r.getSystem().getClientId(), null);
    }
}
