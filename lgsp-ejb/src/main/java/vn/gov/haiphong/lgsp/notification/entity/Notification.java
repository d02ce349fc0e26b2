package vn.gov.haiphong.lgsp.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to one recipient (thông báo), from the outbox: pending until sent, or undeliverable when the party has
 * no contact or the retries are spent.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.SEARCH, query = "SELECT n FROM Notification n WHERE (:agency IS NULL OR n.agencyCode = :agency)"
        + " AND (:about IS NULL OR n.about = :about) AND (:status IS NULL OR n.status = :status) ORDER BY n.id DESC")
@NamedQuery(name = Notification.COUNT, query = "SELECT count(n) FROM Notification n WHERE (:agency IS NULL OR n.agencyCode = :agency)"
        + " AND (:about IS NULL OR n.about = :about) AND (:status IS NULL OR n.status = :status)")
public class Notification {

    public static final String SEARCH = "Notification.search";
    public static final String COUNT = "Notification.count";

    public enum Status { PENDING, SENT, UNDELIVERABLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String about;

    @Column(name = "agency_code", updatable = false)
    private String agencyCode;

    @Column(updatable = false, columnDefinition = "citext")
    private String recipient;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    /** @param recipient the address, or {@code null} when the party has none: undeliverable from the start */
    public Notification(String kind, String about, String agencyCode, String recipient, String subject, String body) {
        this.kind = kind;
        this.about = about;
        this.agencyCode = agencyCode;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
        this.status = recipient == null ? Status.UNDELIVERABLE : Status.PENDING;
        this.lastError = recipient == null ? "no contact address" : null;
    }

    public void sent() {
        attempts++;
        status = Status.SENT;
        sentAt = Instant.now();
        lastError = null;
    }

    /**
     * A failed attempt: tried again after {@code backoff} × 2^(attempts − 1), or undeliverable once {@code maxAttempts}
     * are spent.
     */
    public void failed(String error, int maxAttempts, Duration backoff, Duration maxBackoff) {
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = Status.UNDELIVERABLE;
            return;
        }
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = Instant.now().plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getAbout() { return about; }
    public String getAgencyCode() { return agencyCode; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
