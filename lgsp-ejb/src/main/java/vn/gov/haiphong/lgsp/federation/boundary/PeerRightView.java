package vn.gov.haiphong.lgsp.federation.boundary;

import java.time.Instant;

/** A city system's right to a peer's service. */
public record PeerRightView(long id, String service, String system, Instant validUntil, String grantedBy,
                            Instant grantedAt) {
}
