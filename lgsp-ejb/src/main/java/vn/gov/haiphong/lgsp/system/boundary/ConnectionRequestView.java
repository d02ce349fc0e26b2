package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.system.entity.ConnectionRequest;

/**
 * A connection request as callers see it. {@code clientSecret} is present once: in the answer to the
 * approval of a CONNECT request, for the agency to hand to its system; it is stored nowhere.
 */
public record ConnectionRequestView(long id, String system, ConnectionRequest.Kind kind, ConnectionRequest.Status status,
                                    String purpose, String contactName, String contactEmail, Integer expectedVolume,
                                    String securityEvidence, String submittedBy, Instant submittedAt, LocalDate dueDate,
                                    boolean overdue, Instant decidedAt, String refusalReason, JsonValue history,
                                    String clientId, String clientSecret) {
}
