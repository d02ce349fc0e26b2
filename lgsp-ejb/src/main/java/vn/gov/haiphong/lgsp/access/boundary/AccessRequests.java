package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.access.control.AccessDeciders;
import vn.gov.haiphong.lgsp.access.entity.AccessRequest;
import vn.gov.haiphong.lgsp.access.entity.AccessRight;
import vn.gov.haiphong.lgsp.access.entity.AccessRequest.Status;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.audit.control.RequestHistory;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Phrase;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.federation.boundary.PeerRightView;
import vn.gov.haiphong.lgsp.federation.boundary.Peers;
import vn.gov.haiphong.lgsp.federation.control.PeerServiceNames;
import vn.gov.haiphong.lgsp.notification.control.Notices;
import vn.gov.haiphong.lgsp.registry.control.AgencyDrafts;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Access requests (đăng ký nhu cầu khai thác; Quy chế Đ.13.2, Đ.9.4, Nghị định 47/2020 Đ.35). The consumer's
 * agency registers the need with the authority; the provider's agency admin gives or refuses consent within
 * five working days (past that the request is ESCALATED); the authority — or the operator acting for it, when
 * configured ({@link AccessDeciders}) — approves, which creates the right, or refuses with a reason, at any
 * time while the request is open. Every step is in the request's history and the admin audit.
 *
 * <p>A national service (one a configured peer's catalog lists, named as it names it) is requested the same way. No
 * city agency provides it, so nobody consents: the request awaits the authority from the start, is ESCALATED past the
 * same five working days (meaning the authority has not decided), and approving it grants the peer right as
 * {@link Peers#grant} does. Only the consumer's side and the oversight roles see it.
 */
@Stateless
public class AccessRequests {

    static final String ENTITY = "access-request";
    static final int ANSWER_WITHIN_WORKING_DAYS = 5;
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    ServiceCatalog catalog;

    @EJB
    InformationSystems systems;

    @EJB
    AccessRights rights;

    @EJB
    WorkingCalendar calendar;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @Inject
    AccessDeciders deciders;
    @EJB
    Notices notices;

    @EJB
    Peers peers;

    public AccessRequestView file(Caller caller, AccessRequestDraft draft) {
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        Optional<SystemId> consumerId = SystemId.parse(draft.consumer());
        Optional<ServiceId> serviceId = ServiceId.parse(draft.service());
        boolean national = PeerServiceNames.isNational(draft.service());
        if (draft.consumer() != null && !draft.consumer().isBlank() && consumerId.isEmpty()) {
            violations.add(FieldViolation.of("consumer", "access.system.invalid"));
        }
        if (draft.service() != null && !draft.service().isBlank() && serviceId.isEmpty() && !national) {
            violations.add(FieldViolation.of("service", "service.id.invalid"));
        }
        if (national && draft.operation() != null && !draft.operation().isBlank()) {
            violations.add(FieldViolation.of("operation", "access.operation.national"));
        }
        if (draft.wantedUntil() != null && !draft.wantedUntil().isAfter(WorkingCalendar.today())) {
            violations.add(FieldViolation.of("wantedUntil", "access.until.past"));
        }
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> a.field().compareTo(b.field()));
            throw LgspException.invalid(violations);
        }
        InformationSystems.requireManages(caller, consumerId.get().agencyCode());
        InformationSystem consumer = systems.load(consumerId.get().agencyCode(), consumerId.get().systemCode());
        InformationSystems.requireEligible(consumer);
        Service service = national ? null : catalog.load(serviceId.get());
        if (national && !peers.lists(draft.service())) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, draft.service().strip());
        }
        if (service != null && service.getStatus() != Service.Status.PUBLISHED) {
            throw new LgspException(ErrorCode.SERVICE_STATE, service.identifier(), service.getStatus(), "REQUEST");
        }
        AccessRequest request = new AccessRequest(consumer, service, national ? draft.service().strip() : null,
                national ? null : AccessRights.operationOf(service, draft.operation()),
                VietnameseText.clean(draft.purpose()), VietnameseText.clean(draft.legalBasis()),
                JSON.toJson(draft.dataFields().stream().map(VietnameseText::clean).toList()),
                VietnameseText.clean(draft.frequency()), draft.wantedUntil(), caller.name(),
                calendar.deadline(Instant.now(), ANSWER_WITHIN_WORKING_DAYS),
                RequestHistory.append("[]", caller, "FILE", null));
        em.persist(request);
        em.flush();
        AccessRequestView view = view(request);
        audit.record(caller, "FILE", ENTITY, String.valueOf(request.getId()), consumer.getAgency().getCode(), null, view);
        tellParties(request, "FILE");
        return view;
    }

    /**
     * The provider's agency gives ({@code consent}) or refuses consent, once, while nobody has decided; the
     * request stays open for the authority either way.
     */
    public AccessRequestView answer(Caller caller, long id, boolean consent, String note) {
        String text = VietnameseText.clean(note);
        AccessRequest request = load(id);
        Step step = consent ? Step.CONSENT : Step.DISSENT;
        if (request.isNational()) {
            throw reserved(caller, request, Phrase.of("who.city-provider-admin"), step);
        }
        String provider = providerOf(request);
        if (!(caller.has(Roles.AGENCY_ADMIN) && provider.equals(caller.agencyCode()))) {
            throw reserved(caller, request, Phrase.of("who.provider-admin", provider), step);
        }
        if (!consent && text == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        if (!request.awaitsConsent()) {
            throw new LgspException(ErrorCode.ACCESS_REQUEST_STATE, id, request.getStatus(), step.action);
        }
        AccessRequestView before = view(request);
        request.answer(consent, caller.name(), text,
                RequestHistory.append(request.getHistory(), caller, step.action, text));
        return changed(caller, request, step.action, before);
    }

    /**
     * The authority's decision (or the operator's, acting for it when configured), at any time while the
     * request is open: approving creates the right — whole service or the requested operation, until the end
     * of the wanted day.
     */
    public AccessRequestView approve(Caller caller, long id, String note) {
        AccessRequest request = decidable(caller, id, Step.APPROVE);
        Instant until = request.getWantedUntil() == null ? null
                : request.getWantedUntil().plusDays(1).atStartOfDay(WorkingDays.VIETNAM).toInstant();
        AccessRequestView before = view(request);
        String history = RequestHistory.append(request.getHistory(), caller, Step.APPROVE.action,
                VietnameseText.clean(note));
        if (request.isNational()) {
            PeerRightView right = peers.grantRequested(caller, request.getPeerService(), request.getConsumerSystem(),
                    until);
            request.approveNational(caller.name(), right.id(), history);
        } else {
            RightView right = rights.create(caller, request.getService(), request.getConsumerSystem(), null,
                    request.getOperation(), until, request.getId());
            request.decide(Status.APPROVED, caller.name(), null, em.getReference(AccessRight.class, right.id()), history);
        }
        return changed(caller, request, Step.APPROVE.action, before);
    }

    public AccessRequestView refuse(Caller caller, long id, String reason) {
        AccessRequest request = decidable(caller, id, Step.REFUSE);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        AccessRequestView before = view(request);
        request.decide(Status.REFUSED, caller.name(), why, null,
                RequestHistory.append(request.getHistory(), caller, Step.REFUSE.action, why));
        return changed(caller, request, Step.REFUSE.action, before);
    }

    /** The consumer's agency takes its request back while it is open. */
    public AccessRequestView withdraw(Caller caller, long id) {
        AccessRequest request = load(id);
        String consumer = request.getConsumerSystem().getAgency().getCode();
        boolean consumerSide = caller.has(Roles.OPERATOR)
                || (caller.has(Roles.AGENCY_ADMIN) && consumer.equals(caller.agencyCode()));
        if (!consumerSide) {
            throw reserved(caller, request, Phrase.of("who.consumer-side", consumer), Step.WITHDRAW);
        }
        requireOpen(request, Step.WITHDRAW);
        AccessRequestView before = view(request);
        request.decide(Status.WITHDRAWN, caller.name(), null, null,
                RequestHistory.append(request.getHistory(), caller, Step.WITHDRAW.action, null));
        return changed(caller, request, Step.WITHDRAW.action, before);
    }

    public AccessRequestView get(Caller caller, long id) {
        AccessRequest request = load(id);
        if (!sees(caller, request)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        return view(request);
    }

    /** By due date; an agency admin sees requests their agency filed or must answer. */
    public Page<AccessRequestView> find(Caller caller, String status, PageRequest page) {
        String agency = caller.seesEveryAgency() ? null : caller.agencyCode();
        if (agency == null && !caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Status wanted = status == null || status.isBlank() ? null
                : AgencyDrafts.parseEnum(Status.class, status, "status", "status.invalid");
        List<AccessRequest> found = em.createNamedQuery(AccessRequest.SEARCH, AccessRequest.class)
                .setParameter("status", wanted).setParameter("agencyCode", agency)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(AccessRequest.COUNT, Long.class)
                .setParameter("status", wanted).setParameter("agencyCode", agency).getSingleResult();
        return new Page<>(found.stream().map(AccessRequests::view).toList(), page.page(), page.size(), total);
    }

    /**
     * Sends to the authority every request the provider left unanswered past its due date. Cluster-safe:
     * rows are claimed with SKIP LOCKED, so two nodes never escalate the same request.
     */
    @SuppressWarnings("unchecked")
    public int escalateOverdue(Caller platform) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM access_request WHERE status = 'SUBMITTED'"
                        + " AND due_date < ?1 ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED")
                .setParameter(1, WorkingCalendar.today()).getResultList();
        for (Number id : ids) {
            AccessRequest request = em.find(AccessRequest.class, id.longValue());
            AccessRequestView before = view(request);
            request.escalate(RequestHistory.append(request.getHistory(), platform, "ESCALATE", null));
            changed(platform, request, "ESCALATE", before);
        }
        return ids.size();
    }

    /** The steps of a request, each with its history action and the phrase that names it in a refusal. */
    enum Step {
        CONSENT("CONSENT", "step.access.consent"), DISSENT("DISSENT", "step.access.dissent"),
        APPROVE("APPROVE", "step.access.approve"), REFUSE("REFUSE", "step.access.refuse"),
        WITHDRAW("WITHDRAW", "step.access.withdraw");

        final String action;
        final Phrase phrase;

        Step(String action, String phraseKey) {
            this.action = action;
            this.phrase = Phrase.of(phraseKey);
        }
    }

    /** The authority (or the operator acting for it) decides, whatever the provider answered and whenever. */
    private AccessRequest decidable(Caller caller, long id, Step step) {
        AccessRequest request = load(id);
        if (!deciders.mayDecide(caller)) {
            throw reserved(caller, request, deciders.who(), step);
        }
        requireOpen(request, step);
        return request;
    }

    /**
     * The refusal of a step that is someone else's: it names who may take it and where the request stands —
     * to those who may see the request; anyone else learns nothing of it.
     */
    private static LgspException reserved(Caller caller, AccessRequest request, Phrase who, Step step) {
        if (!sees(caller, request)) {
            return new LgspException(ErrorCode.ACCESS_DENIED);
        }
        String state = request.isNational() && request.isOpen() ? "national" : request.getStatus().name();
        return new LgspException(ErrorCode.DECISION_RESERVED, who, step.phrase,
                Phrase.of("state.access." + state, String.valueOf(request.getId())));
    }

    private static void requireOpen(AccessRequest request, Step step) {
        if (!request.isOpen()) {
            throw new LgspException(ErrorCode.ACCESS_REQUEST_STATE, request.getId(), request.getStatus(), step.action);
        }
    }

    private static String providerOf(AccessRequest request) {
        return request.getService().getSystem().getAgency().getCode();
    }

    private AccessRequestView changed(Caller caller, AccessRequest request, String action, AccessRequestView before) {
        agencies.flushOr(ErrorCode.CONCURRENT_UPDATE, request.getId());
        AccessRequestView after = view(request);
        // the audit row's agency is the provider's for a city service; a national one's, the consumer's
        audit.record(caller, action, ENTITY, String.valueOf(request.getId()), request.isNational()
                ? request.getConsumerSystem().getAgency().getCode() : providerOf(request), before, after);
        tellParties(request, action);
        return after;
    }

    /**
     * The provider's and the consumer's agencies (and systems) are told when a request is filed, decided, or overdue
     * (then the authority too, who decides it now). A national request has no city provider; the authority, who alone
     * decides it, is told as soon as it is filed.
     */
    private void tellParties(AccessRequest r, String action) {
        String kind = switch (action) {
            case "FILE" -> r.isNational() ? "ACCESS_REQUEST_FILED_NATIONAL" : "ACCESS_REQUEST_FILED";
            case "APPROVE" -> "ACCESS_REQUEST_APPROVED";
            case "REFUSE" -> "ACCESS_REQUEST_REFUSED";
            case "ESCALATE" -> r.isNational() ? "ACCESS_REQUEST_OVERDUE_NATIONAL" : "ACCESS_REQUEST_OVERDUE";
            default -> null;
        };
        if (kind == null) {
            return;
        }
        InformationSystem consumer = r.getConsumerSystem();
        List<Long> agencies = new ArrayList<>(List.of(consumer.getAgency().getId()));
        List<Long> systemIds = new ArrayList<>(List.of(consumer.getId()));
        if (!r.isNational()) {
            InformationSystem provider = r.getService().getSystem();
            agencies.add(0, provider.getAgency().getId());
            systemIds.add(0, provider.getId());
        }
        boolean pending = "FILE".equals(action) || "ESCALATE".equals(action);
        boolean authority = "ESCALATE".equals(action) || ("FILE".equals(action) && r.isNational());
        notices.tell(kind, "access-request/" + r.getId(), agencies, systemIds, authority, r.getId(), consumer.identifier(),
                serviceOf(r), pending ? r.getDueDate() : r.getDecidedBy(), r.getRefusalReason());
    }

    /** The service as the request names it: a city service's identifier, or a national one's name. */
    private static String serviceOf(AccessRequest r) {
        return r.isNational() ? r.getPeerService() : r.getService().identifier().toString();
    }

    private static boolean sees(Caller caller, AccessRequest request) {
        String own = caller.has(Roles.AGENCY_ADMIN) ? caller.agencyCode() : null;
        return caller.seesEveryAgency() || (own != null && (own.equals(request.getConsumerSystem().getAgency().getCode())
                || (!request.isNational() && own.equals(providerOf(request)))));
    }

    private AccessRequest load(long id) {
        return Optional.ofNullable(em.find(AccessRequest.class, id))
                .orElseThrow(() -> new LgspException(ErrorCode.ACCESS_REQUEST_NOT_FOUND, id));
    }

    /** Past the provider's time without its answer (for a national request: without the authority's decision). */
    private static boolean isOverdue(AccessRequest r) {
        return r.awaitsConsent() && r.getDueDate().isBefore(WorkingCalendar.today());
    }

    @SuppressWarnings("unchecked")
    static AccessRequestView view(AccessRequest r) {
        List<String> fields = JSON.fromJson(r.getDataFields(), List.class);
        return new AccessRequestView(r.getId(), r.getConsumerSystem().identifier(), serviceOf(r), r.isNational(),
                r.getOperation() == null ? null : r.getOperation().getOperationCode(), r.getPurpose(), r.getLegalBasis(),
                fields, r.getFrequency(), r.getWantedUntil(), r.getStatus(), r.getSubmittedBy(), r.getSubmittedAt(),
                r.getDueDate(), isOverdue(r), r.getEscalatedAt(), r.getConsentAt() == null ? null
                : new AccessRequestView.Consent(r.getConsentGiven(), r.getConsentBy(), r.getConsentAt(), r.getConsentNote()),
                r.getDecidedBy(), r.getDecidedAt(), r.getRefusalReason(),
                r.getAccessRight() == null ? null : r.getAccessRight().getId(), r.getPeerRightId(),
                RequestHistory.parse(r.getHistory()));
    }
}
