package vn.gov.haiphong.lgsp.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A generated report: what period it covers ({@code [from, to)}, dates in Asia/Ho_Chi_Minh), who made it (a person,
 * or the platform's schedule) and its figures as JSON. A report is never changed: a new one is generated instead.
 */
@Entity
@Immutable
@Table(name = "report")
@NamedQuery(name = Report.SEARCH, query = "SELECT r FROM Report r WHERE (:kind IS NULL OR r.kind = :kind)"
        + " ORDER BY r.generatedAt DESC, r.id DESC")
@NamedQuery(name = Report.COUNT, query = "SELECT count(r) FROM Report r WHERE (:kind IS NULL OR r.kind = :kind)")
@NamedQuery(name = Report.SCHEDULED, query = "SELECT count(r) FROM Report r WHERE r.scheduled = true"
        + " AND r.kind = :kind AND r.periodFrom = :from AND r.periodTo = :to")
public class Report {

    public static final String SEARCH = "Report.search";
    public static final String COUNT = "Report.count";
    public static final String SCHEDULED = "Report.scheduled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ReportKind kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private boolean scheduled;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String figures;

    protected Report() {
    }

    public Report(ReportKind kind, LocalDate from, LocalDate to, boolean scheduled, String generatedBy,
                  Instant generatedAt, String figures) {
        this.kind = kind;
        this.periodFrom = from;
        this.periodTo = to;
        this.scheduled = scheduled;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
        this.figures = figures;
    }

    public Long getId() { return id; }

    public ReportKind getKind() { return kind; }

    public LocalDate getPeriodFrom() { return periodFrom; }

    public LocalDate getPeriodTo() { return periodTo; }

    public boolean isScheduled() { return scheduled; }

    public String getGeneratedBy() { return generatedBy; }

    public Instant getGeneratedAt() { return generatedAt; }

    public String getFigures() { return figures; }
}
