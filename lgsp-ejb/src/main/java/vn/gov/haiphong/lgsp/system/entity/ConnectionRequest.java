package vn.gov.haiphong.lgsp.system.entity;

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

/**
 * Đề nghị kết nối / hủy kết nối (Quy chế Đ.12.5): filed by the agency, checked by the operator,
 * decided by the authority, answered within five working days.
 */
@Entity
@Table(name = "connection_request")
@NamedQuery(name = ConnectionRequest.SEARCH, query = "SELECT r FROM ConnectionRequest r JOIN FETCH r.system"
        + " WHERE (:status IS NULL OR r.status = :status)"
        + " AND (:agencyCode IS NULL OR r.system.agency.code = :agencyCode)"
        + " AND (:onlyOverdue = false OR (r.status IN ('SUBMITTED', 'CHECKED') AND r.dueDate < :today))"
        + " ORDER BY r.dueDate, r.id")
@NamedQuery(name = ConnectionRequest.COUNT, query = "SELECT count(r) FROM ConnectionRequest r JOIN r.system s"
        + " JOIN s.agency a"
        + " WHERE (:status IS NULL OR r.status = :status)"
        + " AND (:agencyCode IS NULL OR a.code = :agencyCode)"
        + " AND (:onlyOverdue = false OR (r.status IN ('SUBMITTED', 'CHECKED') AND r.dueDate < :today))")
@NamedQuery(name = ConnectionRequest.OPEN_FOR_SYSTEM, query = "SELECT count(r) FROM ConnectionRequest r"
        + " WHERE r.system = :system AND r.status IN ('SUBMITTED', 'CHECKED')")
public class ConnectionRequest {

    public static final String SEARCH = "ConnectionRequest.search";
    public static final String COUNT = "ConnectionRequest.count";
    public static final String OPEN_FOR_SYSTEM = "ConnectionRequest.openForSystem";

    public enum Kind { CONNECT, CANCEL }

    public enum Status { SUBMITTED, CHECKED, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "system_id", updatable = false)
    private InformationSystem system;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String purpose;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false, columnDefinition = "citext", updatable = false)
    private String contactEmail;

    @Column(name = "expected_volume", updatable = false)
    private Integer expectedVolume;

    @Column(name = "security_evidence", length = 512, updatable = false)
    private String securityEvidence;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    /** JSON array of steps, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String history;

    @Version
    @Column(nullable = false)
    private int version;

    protected ConnectionRequest() {
    }

    public ConnectionRequest(InformationSystem system, Kind kind, String purpose, String contactName,
                             String contactEmail, Integer expectedVolume, String securityEvidence, String submittedBy,
                             Instant submittedAt, LocalDate dueDate, String history) {
        this.system = system;
        this.kind = kind;
        this.status = Status.SUBMITTED;
        this.purpose = purpose;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.expectedVolume = expectedVolume;
        this.securityEvidence = securityEvidence;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.dueDate = dueDate;
        this.history = history;
    }

    public void moveTo(Status next, String history, String refusalReason) {
        this.status = next;
        this.history = history;
        if (next == Status.APPROVED || next == Status.REFUSED) {
            this.decidedAt = Instant.now();
            this.refusalReason = refusalReason;
        }
    }

    public Long getId() { return id; }
    public InformationSystem getSystem() { return system; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getPurpose() { return purpose; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public Integer getExpectedVolume() { return expectedVolume; }
    public String getSecurityEvidence() { return securityEvidence; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getDueDate() { return dueDate; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public String getHistory() { return history; }
}
