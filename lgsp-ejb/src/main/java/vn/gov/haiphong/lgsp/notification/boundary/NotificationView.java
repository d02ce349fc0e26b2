package vn.gov.haiphong.lgsp.notification.boundary;

import java.time.Instant;
import java.util.List;

/** A notification as the operator (or its agency's admin) reads it, with every delivery attempt. */
public record NotificationView(long id, String kind, String about, String agencyCode, String recipient, String subject,
                               String body, String status, int attempts, String lastError, Instant createdAt,
                               Instant sentAt, List<Attempt> attemptLog) {

    public record Attempt(Instant at, String node, String outcome, String error) {
    }
}
