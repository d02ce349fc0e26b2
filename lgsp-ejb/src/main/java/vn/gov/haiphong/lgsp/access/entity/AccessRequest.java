package vn.gov.haiphong.lgsp.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.catalog.entity.ServiceOperation;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Đăng ký nhu cầu khai thác (Quy chế Đ.13.2; Nghị định 47/2020 Đ.35): a consumer's agency registers with
 * the authority a need for a service, saying why, on what legal basis, which data fields and how often.
 * The provider's agency gives or refuses consent within five working days (past that the request is
 * ESCALATED); the authority decides, with or without that answer. A request for a national service names it as the
 * peer's catalog does ({@code peerService}, no city service): no city agency provides it, so nobody consents and the
 * authority decides it directly; approving creates the peer right ({@code peerRightId}).
 */
@Entity
@Table(name = "access_request")
@NamedQuery(name = AccessRequest.SEARCH, query = "SELECT r FROM AccessRequest r JOIN FETCH r.consumerSystem"
        + " LEFT JOIN FETCH r.service LEFT JOIN FETCH r.operation JOIN r.consumerSystem c JOIN c.agency ca"
        + " LEFT JOIN r.service s LEFT JOIN s.system ps LEFT JOIN ps.agency pa"
        + " WHERE (:status IS NULL OR r.status = :status) AND (:agencyCode IS NULL"
        + " OR ca.code = :agencyCode OR pa.code = :agencyCode)"
        + " ORDER BY r.dueDate, r.id")
@NamedQuery(name = AccessRequest.COUNT, query = "SELECT count(r) FROM AccessRequest r JOIN r.consumerSystem c"
        + " JOIN c.agency ca LEFT JOIN r.service s LEFT JOIN s.system ps LEFT JOIN ps.agency pa"
        + " WHERE (:status IS NULL OR r.status = :status) AND (:agencyCode IS NULL"
        + " OR ca.code = :agencyCode OR pa.code = :agencyCode)")
public class AccessRequest {

    public static final String SEARCH = "AccessRequest.search";
    public static final String COUNT = "AccessRequest.count";

    public enum Status {
        /** Registered; awaits the provider's consent. */
        SUBMITTED,
        /** The provider let its time pass; the authority decides without its answer. */
        ESCALATED,
        /** The provider consented (ý kiến đồng ý); awaits the authority. */
        CONSENTED,
        /** The provider refused consent, with a reason; awaits the authority. */
        DISSENTED,
        APPROVED, REFUSED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consumer_system_id", updatable = false)
    private InformationSystem consumerSystem;

    /** The city service; null for a national one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    /** The national service as its peer's catalog names it, {@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}. */
    @Column(name = "peer_service", updatable = false, columnDefinition = "text")
    private String peerService;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operation_id", updatable = false)
    private ServiceOperation operation;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String purpose;

    @Column(name = "legal_basis", nullable = false, updatable = false, columnDefinition = "text")
    private String legalBasis;

    /** JSON array of field names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_fields", nullable = false, updatable = false)
    private String dataFields;

    @Column(nullable = false, updatable = false)
    private String frequency;

    @Column(name = "wanted_until", updatable = false)
    private LocalDate wantedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.SUBMITTED;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** The provider's answer: consent given (true) or refused (false); null before it answers. */
    @Column(name = "consent_given")
    private Boolean consentGiven;

    @Column(name = "consent_by")
    private String consentBy;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_note", columnDefinition = "text")
    private String consentNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "access_right_id")
    private AccessRight accessRight;

    /** The peer right an approved national request created; null again once it is revoked or its peer removed. */
    @Column(name = "peer_right_id")
    private Long peerRightId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String history;

    @Version
    @Column(nullable = false)
    private int version;

    protected AccessRequest() {
    }

    /** A request for a city service, or ({@code peerService} instead of {@code service}) for a national one. */
    public AccessRequest(InformationSystem consumerSystem, Service service, String peerService, ServiceOperation operation,
                         String purpose, String legalBasis, String dataFields, String frequency, LocalDate wantedUntil,
                         String submittedBy, LocalDate dueDate, String history) {
        if ((service == null) == (peerService == null)) {
            throw new IllegalArgumentException("a request names a city service or a national one");
        }
        this.consumerSystem = consumerSystem;
        this.service = service;
        this.peerService = peerService;
        this.operation = operation;
        this.purpose = purpose;
        this.legalBasis = legalBasis;
        this.dataFields = dataFields;
        this.frequency = frequency;
        this.wantedUntil = wantedUntil;
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
        this.dueDate = dueDate;
        this.history = history;
    }

    public void escalate(String history) {
        this.status = Status.ESCALATED;
        this.escalatedAt = Instant.now();
        this.history = history;
    }

    /** The provider's answer: consent given or refused (a refusal's note is its reason). */
    public void answer(boolean consent, String by, String note, String history) {
        this.status = consent ? Status.CONSENTED : Status.DISSENTED;
        this.consentGiven = consent;
        this.consentBy = by;
        this.consentAt = Instant.now();
        this.consentNote = note;
        this.history = history;
    }

    /** Whether the provider may still answer: it has not, and nobody has decided. */
    public boolean awaitsConsent() {
        return status == Status.SUBMITTED || status == Status.ESCALATED;
    }

    /** For a national service: no city provider consents, the authority decides it directly. */
    public boolean isNational() {
        return peerService != null;
    }

    /** Approval of a national request: the peer right it created. */
    public void approveNational(String by, long peerRight, String history) {
        decide(Status.APPROVED, by, null, null, history);
        this.peerRightId = peerRight;
    }

    public void decide(Status outcome, String by, String refusalReason, AccessRight right, String history) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.refusalReason = refusalReason;
        this.accessRight = right;
        this.history = history;
    }

    public boolean isOpen() {
        return awaitsConsent() || status == Status.CONSENTED || status == Status.DISSENTED;
    }

    public Long getId() { return id; }
    public InformationSystem getConsumerSystem() { return consumerSystem; }
    public Service getService() { return service; }
    public String getPeerService() { return peerService; }
    public Long getPeerRightId() { return peerRightId; }
    public ServiceOperation getOperation() { return operation; }
    public String getPurpose() { return purpose; }
    public String getLegalBasis() { return legalBasis; }
    public String getDataFields() { return dataFields; }
    public String getFrequency() { return frequency; }
    public LocalDate getWantedUntil() { return wantedUntil; }
    public Status getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getDueDate() { return dueDate; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Boolean getConsentGiven() { return consentGiven; }
    public String getConsentBy() { return consentBy; }
    public Instant getConsentAt() { return consentAt; }
    public String getConsentNote() { return consentNote; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public AccessRight getAccessRight() { return accessRight; }
    public String getHistory() { return history; }
}
