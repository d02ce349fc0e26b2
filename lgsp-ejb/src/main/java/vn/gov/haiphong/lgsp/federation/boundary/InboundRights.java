package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.federation.entity.Peer;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.schema.NativeValues;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Quyền gọi dịch vụ của thành phố cấp cho thành viên nền tảng quốc gia: granted and revoked by the authority and the
 * operator (as rights to a peer's services are), read by them, the auditor, and the providing agency's administrator
 * (its own services' rights only). Every change is audited and announced to every node's gateway
 * ({@link CacheChanged#PEERS}).
 */
@Stateless
public class InboundRights {

    static final String ENTITY = "peer-inbound-right";
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.-]{1,16}/[A-Za-z0-9.-]{1,64}/[A-Za-z0-9.-]{1,64}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    XRoadInstance xroad;

    @EJB
    AccessPolicy policy;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    @EJB
    InformationSystems systems;

    /** Grants, or (granted again) replaces the end date. */
    public InboundRightView grant(Caller caller, String instance, InboundRightDraft draft) {
        requireKeeper(caller);
        load(instance);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.member() != null && !draft.member().isBlank() && !MEMBER.matcher(draft.member().strip()).matches()) {
            violations.add(FieldViolation.of("member", "peer.member.invalid"));
        }
        ServiceId service = draft.service() == null ? null : serviceId(draft.service().strip());
        if (draft.service() != null && !draft.service().isBlank() && service == null) {
            violations.add(FieldViolation.of("service", "peer.inbound.service.invalid"));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        InformationSystem provider = systems.load(service.system().agencyCode(), service.system().systemCode());
        if (policy.service(service).isEmpty()) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, draft.service());
        }
        String[] member = draft.member().strip().split("/");
        em.createNativeQuery("INSERT INTO peer_inbound_right (instance_code, member_class, member_code, subsystem_code,"
                        + " system_id, service_code, valid_until, granted_by, granted_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                        + " ON CONFLICT (instance_code, member_class, member_code, subsystem_code, system_id, service_code)"
                        + " DO UPDATE SET valid_until = EXCLUDED.valid_until, granted_by = EXCLUDED.granted_by,"
                        + " granted_at = EXCLUDED.granted_at")
                .setParameter(1, instance).setParameter(2, member[0]).setParameter(3, member[1])
                .setParameter(4, member[2]).setParameter(5, provider.getId()).setParameter(6, service.serviceCode())
                .setParameter(7, draft.validUntil()).setParameter(8, caller.name()).setParameter(9, Instant.now())
                .executeUpdate();
        String memberName = instance + "/" + draft.member().strip();
        String serviceName = xroad.name(service.system()) + "/" + service.serviceCode();
        InboundRightView granted = rights(instance, null).stream()
                .filter(r -> r.member().equals(memberName) && r.service().equals(serviceName)).findFirst()
                .orElseThrow();
        audit.record(caller, "GRANT", ENTITY, instance + ":" + granted.id(), service.system().agencyCode(), null,
                granted);
        cacheChanges.announce(CacheChanged.PEERS);
        return granted;
    }

    /** The peer's members' rights; an agency administrator sees those to its own agency's services only. */
    public List<InboundRightView> rights(Caller caller, String instance) {
        boolean oversight = caller.has(Roles.AUTHORITY) || caller.has(Roles.OPERATOR) || caller.has(Roles.AUDITOR);
        if (!oversight && !(caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        load(instance);
        return rights(instance, oversight ? null : caller.agencyCode());
    }

    public void revoke(Caller caller, String instance, long rightId) {
        requireKeeper(caller);
        InboundRightView right = rights(instance, null).stream().filter(r -> r.id() == rightId).findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.ACCESS_RIGHT_NOT_FOUND, rightId));
        em.createNativeQuery("DELETE FROM peer_inbound_right WHERE id = ?1").setParameter(1, rightId).executeUpdate();
        audit.record(caller, "REVOKE", ENTITY, instance + ":" + rightId, right.service().split("/")[2], right, null);
        cacheChanges.announce(CacheChanged.PEERS);
    }

    /** {@code VN/GOV/H24.06/dat-dai/echo}: a service of this instance, without version; null otherwise. */
    private ServiceId serviceId(String name) {
        int last = name.lastIndexOf('/');
        if (last < 0) {
            return null;
        }
        return xroad.system(name.substring(0, last))
                .flatMap(system -> ServiceId.of(system, name.substring(last + 1), null)).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<InboundRightView> rights(String instance, String agencyCode) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.instance_code || '/' || r.member_class || '/'"
                        + " || r.member_code || '/' || r.subsystem_code, a.code, s.system_code, r.service_code,"
                        + " r.valid_until, r.granted_by, r.granted_at FROM peer_inbound_right r"
                        + " JOIN information_system s ON s.id = r.system_id JOIN agency a ON a.id = s.agency_id"
                        + " WHERE r.instance_code = ?1 AND (CAST(?2 AS varchar) IS NULL OR a.code = ?2) ORDER BY r.id")
                .setParameter(1, instance).setParameter(2, agencyCode).getResultList();
        return rows.stream().map(r -> new InboundRightView(((Number) r[0]).longValue(), (String) r[1],
                xroad.name(new SystemId((String) r[2], (String) r[3])) + "/" + r[4], NativeValues.instant(r[5]),
                (String) r[6], NativeValues.instant(r[7]))).toList();
    }

    private void load(String instance) {
        if (instance == null || em.find(Peer.class, instance) == null) {
            throw new LgspException(ErrorCode.PEER_NOT_FOUND, instance);
        }
    }

    private static void requireKeeper(Caller caller) {
        if (!caller.has(Roles.AUTHORITY) && !caller.has(Roles.OPERATOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }
}
