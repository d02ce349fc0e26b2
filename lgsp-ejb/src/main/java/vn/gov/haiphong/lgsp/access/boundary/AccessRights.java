package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.access.control.AccessDeciders;
import vn.gov.haiphong.lgsp.access.entity.AccessRight;
import vn.gov.haiphong.lgsp.access.entity.SystemGroup;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.catalog.entity.ServiceOperation;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
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
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.boundary.SystemDisconnected;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Access rights (quyền khai thác; Quy chế Đ.8.1, Đ.9.4): granted by the authority (or the operator acting for
 * it, {@link AccessDeciders}) — by approving an access request, or directly — revoked by them or by the
 * provider's agency, and ended by their end date. Every change is audited and takes effect for the very next
 * call (see AccessPolicy).
 */
@Stateless
public class AccessRights {

    static final String ENTITY = "access-right";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    ServiceCatalog catalog;

    @EJB
    InformationSystems systems;

    @EJB
    SystemGroups groups;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    @Inject
    AccessDeciders deciders;

    /**
     * A right without a request (a group's, or one the authority decides on its own): the authority's, or the
     * operator's acting for it when configured. Decided before the body is read.
     */
    public RightView grant(Caller caller, GrantDraft draft) {
        deciders.require(caller, Phrase.of("step.access.grant"), Phrase.of("state.access.grant"));
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        Optional<ServiceId> serviceId = ServiceId.parse(draft.service());
        if (draft.service() != null && !draft.service().isBlank() && serviceId.isEmpty()) {
            violations.add(FieldViolation.of("service", "service.id.invalid"));
        }
        boolean toSystem = draft.consumer() != null && !draft.consumer().isBlank();
        boolean toGroup = draft.group() != null && !draft.group().isBlank();
        if (toSystem == toGroup) {
            violations.add(FieldViolation.of("consumer", "access.consumer.one"));
        } else if (toSystem && SystemId.parse(draft.consumer()).isEmpty()) {
            violations.add(FieldViolation.of("consumer", "access.system.invalid"));
        }
        if (draft.validUntil() != null && !draft.validUntil().isAfter(Instant.now())) {
            violations.add(FieldViolation.of("validUntil", "access.until.past"));
        }
        if (!violations.isEmpty()) {
            violations.sort((a, b) -> a.field().compareTo(b.field()));
            throw LgspException.invalid(violations);
        }
        Service service = catalog.load(serviceId.get());
        ServiceOperation operation = operationOf(service, draft.operation());
        InformationSystem consumer = null;
        SystemGroup group = null;
        if (toSystem) {
            SystemId id = SystemId.parse(draft.consumer()).get();
            consumer = systems.load(id.agencyCode(), id.systemCode());
            InformationSystems.requireEligible(consumer);
        } else {
            group = groups.load(draft.group().strip());
        }
        return create(caller, service, consumer, group, operation, draft.validUntil(), null);
    }

    /** Creates a right (for a direct grant, or an approved request), audited and announced. */
    public RightView create(Caller caller, Service service, InformationSystem consumer, SystemGroup group,
                            ServiceOperation operation, Instant validUntil, Long requestId) {
        if (service.getStatus() == Service.Status.RETIRED) {
            throw new LgspException(ErrorCode.SERVICE_STATE, service.identifier(), service.getStatus(), "GRANT");
        }
        recordExpiries(Caller.platform("access-expiry")); // an expired twin must not block a renewal
        String serviceId = service.identifier().toString(); // read now: after a failed INSERT nothing more can be
        AccessRight right = new AccessRight(service, consumer, group, operation, caller.name(), validUntil, requestId);
        try {
            em.persist(right); // an identity column: the INSERT runs now, and the live-right index answers here
        } catch (PersistenceException e) {
            throw new LgspException(ErrorCode.ACCESS_RIGHT_EXISTS, serviceId);
        }
        RightView view = view(right, Instant.now());
        audit.record(caller, "GRANT", ENTITY, String.valueOf(right.getId()),
                service.getSystem().getAgency().getCode(), null, view);
        cacheChanges.announce(CacheChanged.ACCESS);
        return view;
    }

    /** The operation of the service a grant or request names; null (the whole service) when none is named. */
    public static ServiceOperation operationOf(Service service, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return service.getOperations().stream().filter(o -> o.getOperationCode().equals(code.strip())).findFirst()
                .orElseThrow(() -> LgspException.invalid(List.of(FieldViolation.of("operation",
                        "access.operation.unknown", code))));
    }

    public RightView revoke(Caller caller, long id, String reason) {
        AccessRight right = load(id);
        if (!deciders.mayDecide(caller)) { // the provider may always stop sharing its data
            InformationSystems.requireManages(caller, right.getService().getSystem().getAgency().getCode());
        }
        if (right.getRevokedAt() != null) {
            return view(right, Instant.now()); // already revoked: nothing changes
        }
        return revoke(caller, right, VietnameseText.clean(reason));
    }

    /**
     * Cancelling a system's connection (Đ.12.5) ends every right it holds directly; group
     * memberships stay but a disconnected system is refused by the policy anyway.
     */
    public void revokeAllOf(@Observes SystemDisconnected event) {
        for (AccessRight right : em.createNamedQuery(AccessRight.LIVE_OF_CONSUMER, AccessRight.class)
                .setParameter("system", event.system()).getResultList()) {
            revoke(event.by(), right, "connection cancelled / hủy kết nối");
        }
        cacheChanges.announce(CacheChanged.ACCESS);
    }

    /** Rights, newest last; an agency admin sees those where their agency provides or consumes. */
    public Page<RightView> find(Caller caller, String service, String consumer, boolean liveOnly, PageRequest page) {
        String agency = caller.seesEveryAgency() ? null : caller.agencyCode();
        if (agency == null && !caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Long serviceId = service == null || service.isBlank() ? null : catalog.load(ServiceId.parse(service)
                .orElseThrow(() -> LgspException.invalid(List.of(FieldViolation.of("service", "service.id.invalid")))))
                .getId();
        Long consumerId = null;
        if (consumer != null && !consumer.isBlank()) {
            SystemId id = SystemId.parse(consumer).orElseThrow(() -> LgspException.invalid(
                    List.of(FieldViolation.of("consumer", "access.system.invalid"))));
            consumerId = systems.load(id.agencyCode(), id.systemCode()).getId();
        }
        Instant now = Instant.now();
        List<AccessRight> rights = em.createNamedQuery(AccessRight.SEARCH, AccessRight.class)
                .setParameter("serviceId", serviceId).setParameter("consumerId", consumerId)
                .setParameter("agencyCode", agency).setParameter("live", liveOnly).setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(AccessRight.COUNT, Long.class)
                .setParameter("serviceId", serviceId).setParameter("consumerId", consumerId)
                .setParameter("agencyCode", agency).setParameter("live", liveOnly).setParameter("now", now)
                .getSingleResult();
        return new Page<>(rights.stream().map(r -> view(r, now)).toList(), page.page(), page.size(), total);
    }

    /**
     * Records, once, each right whose end date has passed (it stopped working at that instant; this
     * makes the expiry visible in the audit). Cluster-safe: rows are claimed with SKIP LOCKED.
     */
    @SuppressWarnings("unchecked")
    public int recordExpiries(Caller platform) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM access_right WHERE revoked_at IS NULL"
                + " AND expiry_recorded_at IS NULL AND valid_until <= now() ORDER BY id LIMIT 500"
                + " FOR UPDATE SKIP LOCKED").getResultList();
        for (Number id : ids) {
            AccessRight right = em.find(AccessRight.class, id.longValue());
            RightView before = view(right, Instant.now());
            right.expiryRecorded();
            audit.record(platform, "EXPIRE", ENTITY, String.valueOf(right.getId()),
                    right.getService().getSystem().getAgency().getCode(), before, view(right, Instant.now()));
        }
        em.flush(); // before any insert of a renewed twin: Hibernate would flush inserts before these updates
        return ids.size();
    }

    private RightView revoke(Caller caller, AccessRight right, String reason) {
        RightView before = view(right, Instant.now());
        right.revoke(caller.name(), reason);
        agencies.flushOr(ErrorCode.CONCURRENT_UPDATE, right.getId());
        RightView after = view(right, Instant.now());
        audit.record(caller, "REVOKE", ENTITY, String.valueOf(right.getId()),
                right.getService().getSystem().getAgency().getCode(), before, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    private AccessRight load(long id) {
        return Optional.ofNullable(em.find(AccessRight.class, id))
                .orElseThrow(() -> new LgspException(ErrorCode.ACCESS_RIGHT_NOT_FOUND, id));
    }

    static RightView view(AccessRight r, Instant now) {
        String state = r.getRevokedAt() != null ? "REVOKED" : r.isLive(now) ? "LIVE" : "EXPIRED";
        return new RightView(r.getId(), r.getService().identifier().toString(),
                r.getConsumerSystem() == null ? null : r.getConsumerSystem().identifier(),
                r.getConsumerGroup() == null ? null : r.getConsumerGroup().getCode(),
                r.getOperation() == null ? null : r.getOperation().getOperationCode(), r.getGrantedBy(), r.getGrantedAt(),
                r.getValidUntil(), r.getAccessRequestId(), state, r.getRevokedBy(), r.getRevokedAt(), r.getRevokeReason(),
                r.getExpiryRecordedAt());
    }
}
