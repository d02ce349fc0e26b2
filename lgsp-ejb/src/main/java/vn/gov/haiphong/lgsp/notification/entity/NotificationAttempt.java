package vn.gov.haiphong.lgsp.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver a notification, by which node, and what came of it. */
@Entity
@Table(name = "notification_attempt")
@NamedQuery(name = NotificationAttempt.OF, query = "SELECT a FROM NotificationAttempt a"
        + " WHERE a.notificationId IN :ids ORDER BY a.notificationId, a.id")
public class NotificationAttempt {

    public static final String OF = "NotificationAttempt.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private long notificationId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    private String node;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(updatable = false, columnDefinition = "text")
    private String error;

    protected NotificationAttempt() {
    }

    public NotificationAttempt(long notificationId, String node, String outcome, String error) {
        this.notificationId = notificationId;
        this.attemptedAt = Instant.now();
        this.node = node;
        this.outcome = outcome;
        this.error = error;
    }

    public long getNotificationId() { return notificationId; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public String getNode() { return node; }
    public String getOutcome() { return outcome; }
    public String getError() { return error; }
}
