package vn.gov.haiphong.lgsp.access.boundary;

import java.time.Instant;

/**
 * An access right as the admin API shows it.
 *
 * @param state LIVE, EXPIRED (end date passed) or REVOKED
 */
public record RightView(long id, String service, String consumer, String group, String operation, String grantedBy,
                        Instant grantedAt, Instant validUntil, Long accessRequest, String state, String revokedBy,
                        Instant revokedAt, String revokeReason, Instant expiryRecordedAt) {
}
