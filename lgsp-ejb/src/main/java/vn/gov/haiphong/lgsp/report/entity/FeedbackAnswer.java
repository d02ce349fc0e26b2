package vn.gov.haiphong.lgsp.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's answer to a feedback round: given once, never changed. */
@Entity
@Immutable
@Table(name = "feedback_answer")
@IdClass(FeedbackAnswer.Key.class)
@NamedQuery(name = FeedbackAnswer.OF_ROUND, query = "SELECT a FROM FeedbackAnswer a WHERE a.roundId = :round"
        + " ORDER BY a.agencyCode")
public class FeedbackAnswer {

    public static final String OF_ROUND = "FeedbackAnswer.ofRound";

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "agency_code", length = 35)
    private String agencyCode;

    /** {question code: rating 1–5 or text}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String answers;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected FeedbackAnswer() {
    }

    public FeedbackAnswer(long roundId, String agencyCode, String answers, String answeredBy, Instant answeredAt) {
        this.roundId = roundId;
        this.agencyCode = agencyCode;
        this.answers = answers;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public Long getRoundId() { return roundId; }

    public String getAgencyCode() { return agencyCode; }

    public String getAnswers() { return answers; }

    public String getAnsweredBy() { return answeredBy; }

    public Instant getAnsweredAt() { return answeredAt; }

    /** The composite key. */
    public static class Key implements Serializable {
        private Long roundId;
        private String agencyCode;

        public Key() {
        }

        public Key(Long roundId, String agencyCode) {
            this.roundId = roundId;
            this.agencyCode = agencyCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roundId, k.roundId) && Objects.equals(agencyCode, k.agencyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, agencyCode);
        }
    }
}
