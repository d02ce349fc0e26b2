package vn.gov.haiphong.lgsp.access.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.schema.NativeValues;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ConsumerEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Grant;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.OperationEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Provider;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.MaintenanceWindow;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/** Reads the access policy's snapshots from PostgreSQL, on a cache miss only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PolicyLoader {

    @PersistenceContext
    EntityManager em;

    /**
     * A published or disabled service version; without a version, the one published last (how the
     * X-Road REST protocol addresses services).
     */
    public Optional<ServiceEntry> service(ServiceId id) {
        List<Service> found = em.createQuery("SELECT s FROM Service s JOIN FETCH s.system"
                        + " WHERE s.system.agency.code = :agencyCode AND s.system.systemCode = :systemCode"
                        + " AND s.serviceCode = :serviceCode"
                        + " AND (:anyVersion = true OR s.serviceVersion = :serviceVersion)"
                        + " AND s.status IN (vn.gov.haiphong.lgsp.catalog.entity.Service.Status.PUBLISHED,"
                        + " vn.gov.haiphong.lgsp.catalog.entity.Service.Status.DISABLED)"
                        + " ORDER BY s.publishedAt DESC", Service.class)
                .setParameter("agencyCode", id.agencyCode()).setParameter("systemCode", id.systemCode())
                .setParameter("serviceCode", id.serviceCode()).setParameter("anyVersion", id.version() == null)
                .setParameter("serviceVersion", id.version() == null ? "" : id.version())
                .setMaxResults(1).getResultList();
        return found.stream().findFirst().map(s -> new ServiceEntry(s.getId(), s.identifier(), s.getProtocol(),
                s.getStatus(), s.getNoticeVi(), s.getNoticeEn(), s.getProviderUrl(), s.getTimeoutMs(), s.isLogBodies(),
                s.getCircuitFailures(), s.getCircuitOpenSeconds(),
                s.getOperations().stream().map(o -> OperationEntry.of(o.getId(), o.getOperationCode(),
                        o.getHttpMethod(), o.getPathTemplate())).toList(), s.getSuspension().getReason(),
                em.createNamedQuery(MaintenanceWindow.APPLYING, MaintenanceWindow.class).setParameter("service", s)
                        .setParameter("system", s.getSystem()).setParameter("now", Instant.now()).getResultList().stream()
                        .map(w -> new Maintenance(w.getStartsAt(), w.getEndsAt(), w.getNoticeVi(), w.getNoticeEn()))
                        .toList(),
                new Provider(s.getSystem().getConnectionStatus() == InformationSystem.ConnectionStatus.CONNECTED,
                        s.getSystem().getSuspension().getReason())));
    }

    /** A registered system with every right it holds directly or through a group, not revoked. */
    @SuppressWarnings("unchecked")
    public Optional<ConsumerEntry> consumer(SystemId id) {
        List<InformationSystem> systems = em.createNamedQuery(InformationSystem.FIND, InformationSystem.class)
                .setParameter("agencyCode", id.agencyCode()).setParameter("systemCode", id.systemCode())
                .getResultList();
        if (systems.isEmpty()) {
            return Optional.empty();
        }
        InformationSystem system = systems.get(0);
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.service_id, r.operation_id, r.valid_until"
                        + " FROM access_right r WHERE r.revoked_at IS NULL AND (r.consumer_system_id = ?1"
                        + " OR r.consumer_group_id IN (SELECT m.group_id FROM system_group_member m WHERE m.system_id = ?1))")
                .setParameter(1, system.getId()).getResultList();
        List<Grant> grants = rows.stream().map(r -> new Grant(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), NativeValues.instant(r[3]))).toList();
        return Optional.of(new ConsumerEntry(system.getId(), id,
                system.getConnectionStatus() == InformationSystem.ConnectionStatus.CONNECTED,
                system.getSuspension().getReason(), grants));
    }
}
