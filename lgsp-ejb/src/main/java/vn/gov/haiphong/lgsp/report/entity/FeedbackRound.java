package vn.gov.haiphong.lgsp.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A year's feedback round (lấy ý kiến, Quy chế Đ.12.7): the authority's short questionnaire, open to the agencies'
 * answers until {@code closesOn} (inclusive, in Vietnam). One round a year.
 */
@Entity
@Immutable
@Table(name = "feedback_round")
@NamedQuery(name = FeedbackRound.ALL, query = "SELECT r FROM FeedbackRound r ORDER BY r.year DESC")
@NamedQuery(name = FeedbackRound.OF_YEAR, query = "SELECT r FROM FeedbackRound r WHERE r.year = :year")
public class FeedbackRound {

    public static final String ALL = "FeedbackRound.all";
    public static final String OF_YEAR = "FeedbackRound.ofYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String title;

    /** [{code, text, kind: RATING|TEXT}], in order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String questions;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected FeedbackRound() {
    }

    public FeedbackRound(int year, String title, String questions, LocalDate closesOn, String openedBy, Instant openedAt) {
        this.year = year;
        this.title = title;
        this.questions = questions;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Whether answers are taken on {@code today}. */
    public boolean isOpenOn(LocalDate today) {
        return !today.isAfter(closesOn);
    }

    public Long getId() { return id; }

    public int getYear() { return year; }

    public String getTitle() { return title; }

    public String getQuestions() { return questions; }

    public LocalDate getClosesOn() { return closesOn; }

    public String getOpenedBy() { return openedBy; }

    public Instant getOpenedAt() { return openedAt; }
}
