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
 * An organisational change (thay đổi tổ chức): filed by the agency, checked by the operator, submitted and
 * approved by the authority with the Chairman's decision; nothing in the registry changes until it is applied
 * on its effective date.
 */
@Entity
@Table(name = "org_change")
@NamedQuery(name = OrgChange.BY_STATUS, query = "SELECT c FROM OrgChange c"
        + " WHERE (:status IS NULL OR c.status = :status) AND (:agency IS NULL OR c.agencyCode = :agency)"
        + " ORDER BY c.proposedAt DESC, c.id DESC")
@NamedQuery(name = OrgChange.COUNT_BY_STATUS, query = "SELECT count(c) FROM OrgChange c"
        + " WHERE (:status IS NULL OR c.status = :status) AND (:agency IS NULL OR c.agencyCode = :agency)")
@NamedQuery(name = OrgChange.DUE, query = "SELECT c.id FROM OrgChange c WHERE c.status = "
        + "vn.gov.haiphong.lgsp.registry.entity.OrgChangeStatus.APPROVED AND c.effectiveDate <= :today"
        + " ORDER BY c.effectiveDate, c.id")
public class OrgChange {

    public static final String BY_STATUS = "OrgChange.byStatus";
    public static final String COUNT_BY_STATUS = "OrgChange.countByStatus";
    public static final String DUE = "OrgChange.due";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private OrgChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgChangeStatus status;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** The filing agency. */
    @Column(name = "agency_code", length = 35, updatable = false)
    private String agencyCode;

    @Column(name = "decision_number", length = 64)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decided_by")
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

    @Column(name = "applied_at")
    private Instant appliedAt;

    /** Why applying on the effective date failed (vi / en); cleared once applied. */
    @Column(name = "apply_error", columnDefinition = "text")
    private String applyError;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String history;

    @Version
    @Column(nullable = false)
    private int version;

    protected OrgChange() {
    }

    public OrgChange(OrgChangeKind kind, LocalDate effectiveDate, String details, String filedBy, String agencyCode,
                     String history) {
        this.kind = kind;
        this.status = OrgChangeStatus.FILED;
        this.effectiveDate = effectiveDate;
        this.details = details;
        this.proposedBy = filedBy;
        this.agencyCode = agencyCode;
        this.proposedAt = Instant.now();
        this.history = history;
    }

    /** A step that only moves the change on (check, return, submit, refuse, withdraw). */
    public void moveTo(OrgChangeStatus next, String by, String history, String reason) {
        this.status = next;
        this.history = history;
        if (next == OrgChangeStatus.REFUSED || next == OrgChangeStatus.RETURNED) {
            this.refusalReason = reason;
        }
        if (next == OrgChangeStatus.REFUSED) {
            this.reviewedBy = by;
            this.reviewedAt = Instant.now();
        }
    }

    /** The Chairman's decision, recorded by the authority. */
    public void approve(String number, LocalDate date, String maker, LocalDate effective, String by, String history) {
        this.status = OrgChangeStatus.APPROVED;
        this.decisionNumber = number;
        this.decisionDate = date;
        this.decidedBy = maker;
        this.effectiveDate = effective;
        this.reviewedBy = by;
        this.reviewedAt = Instant.now();
        this.history = history;
    }

    public void applied(String history) {
        this.status = OrgChangeStatus.APPLIED;
        this.appliedAt = Instant.now();
        this.applyError = null;
        this.history = history;
    }

    public void applyFailed(String error) {
        this.applyError = error;
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

    public String getAgencyCode() {
        return agencyCode;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getApplyError() {
        return applyError;
    }

    public String getHistory() {
        return history;
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
