package vn.gov.haiphong.lgsp.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisational change (thay đổi tổ chức): proposed by the operator, decided by the authority.
 * Nothing in the registry changes until it is approved.
 */
@Entity
@Table(name = "org_change")
@NamedQuery(name = OrgChange.BY_STATUS, query = "SELECT c FROM OrgChange c"
        + " WHERE (:status IS NULL OR c.status = :status) ORDER BY c.proposedAt DESC, c.id DESC")
@NamedQuery(name = OrgChange.COUNT_BY_STATUS, query = "SELECT count(c) FROM OrgChange c"
        + " WHERE (:status IS NULL OR c.status = :status)")
public class OrgChange {

    public static final String BY_STATUS = "OrgChange.byStatus";
    public static final String COUNT_BY_STATUS = "OrgChange.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private OrgChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgChangeStatus status;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "decision_number", nullable = false, length = 64, updatable = false)
    private String decisionNumber;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    /** OrgChangeDetails as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    @Version
    @Column(nullable = false)
    private int version;

    protected OrgChange() {
    }

    public OrgChange(OrgChangeKind kind, LocalDate effectiveDate, String decisionNumber, String decidedBy,
                     String details, String proposedBy) {
        this.kind = kind;
        this.status = OrgChangeStatus.PROPOSED;
        this.effectiveDate = effectiveDate;
        this.decisionNumber = decisionNumber;
        this.decidedBy = decidedBy;
        this.details = details;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    public void decide(OrgChangeStatus decision, String reviewer, String reason) {
        this.status = decision;
        this.reviewedBy = reviewer;
        this.reviewedAt = Instant.now();
        this.refusalReason = reason;
    }

    public Long getId() {
        return id;
    }

    public OrgChangeKind getKind() {
        return kind;
    }

    public OrgChangeStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDetails() {
        return details;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getRefusalReason() {
        return refusalReason;
    }
}
