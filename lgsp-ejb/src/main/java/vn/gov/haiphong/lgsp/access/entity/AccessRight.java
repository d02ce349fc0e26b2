package vn.gov.haiphong.lgsp.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.catalog.entity.ServiceOperation;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Quyền khai thác: a consumer system or group may call a service — all of it, or one operation —
 * from {@code grantedAt} until {@code validUntil} (open-ended when null), unless revoked.
 */
@Entity
@Table(name = "access_right")
@NamedQuery(name = AccessRight.SEARCH, query = "SELECT r FROM AccessRight r JOIN FETCH r.service"
        + " LEFT JOIN FETCH r.consumerSystem LEFT JOIN FETCH r.consumerGroup LEFT JOIN FETCH r.operation"
        + " LEFT JOIN r.consumerSystem c LEFT JOIN c.agency ca"
        + " WHERE (:serviceId IS NULL OR r.service.id = :serviceId) AND (:consumerId IS NULL OR c.id = :consumerId)"
        + " AND (:agencyCode IS NULL OR r.service.system.agency.code = :agencyCode OR ca.code = :agencyCode)"
        + " AND (:live = false OR (r.revokedAt IS NULL AND (r.validUntil IS NULL OR r.validUntil > :now)))"
        + " ORDER BY r.id")
@NamedQuery(name = AccessRight.COUNT, query = "SELECT count(r) FROM AccessRight r"
        + " LEFT JOIN r.consumerSystem c LEFT JOIN c.agency ca"
        + " WHERE (:serviceId IS NULL OR r.service.id = :serviceId) AND (:consumerId IS NULL OR c.id = :consumerId)"
        + " AND (:agencyCode IS NULL OR r.service.system.agency.code = :agencyCode OR ca.code = :agencyCode)"
        + " AND (:live = false OR (r.revokedAt IS NULL AND (r.validUntil IS NULL OR r.validUntil > :now)))")
@NamedQuery(name = AccessRight.LIVE_OF_CONSUMER, query = "SELECT r FROM AccessRight r"
        + " WHERE r.consumerSystem = :system AND r.revokedAt IS NULL")
public class AccessRight {

    public static final String SEARCH = "AccessRight.search";
    public static final String COUNT = "AccessRight.count";
    public static final String LIVE_OF_CONSUMER = "AccessRight.liveOfConsumer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consumer_system_id", updatable = false)
    private InformationSystem consumerSystem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consumer_group_id", updatable = false)
    private SystemGroup consumerGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operation_id", updatable = false)
    private ServiceOperation operation;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "valid_until", updatable = false)
    private Instant validUntil;

    @Column(name = "access_request_id", updatable = false)
    private Long accessRequestId;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", columnDefinition = "text")
    private String revokeReason;

    @Column(name = "expiry_recorded_at")
    private Instant expiryRecordedAt;

    @Version
    @Column(nullable = false)
    private int version;

    protected AccessRight() {
    }

    public AccessRight(Service service, InformationSystem consumerSystem, SystemGroup consumerGroup,
                       ServiceOperation operation, String grantedBy, Instant validUntil, Long accessRequestId) {
        this.service = service;
        this.consumerSystem = consumerSystem;
        this.consumerGroup = consumerGroup;
        this.operation = operation;
        this.grantedBy = grantedBy;
        this.grantedAt = Instant.now();
        this.validUntil = validUntil;
        this.accessRequestId = accessRequestId;
    }

    public void revoke(String by, String reason) {
        this.revokedBy = by;
        this.revokedAt = Instant.now();
        this.revokeReason = reason;
    }

    public void expiryRecorded() {
        this.expiryRecordedAt = Instant.now();
    }

    /** Whether it lets its consumer call at {@code now}. */
    public boolean isLive(Instant now) {
        return revokedAt == null && (validUntil == null || validUntil.isAfter(now));
    }

    public Long getId() { return id; }
    public Service getService() { return service; }
    public InformationSystem getConsumerSystem() { return consumerSystem; }
    public SystemGroup getConsumerGroup() { return consumerGroup; }
    public ServiceOperation getOperation() { return operation; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getValidUntil() { return validUntil; }
    public Long getAccessRequestId() { return accessRequestId; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public Instant getExpiryRecordedAt() { return expiryRecordedAt; }
}
