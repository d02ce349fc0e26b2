package vn.gov.haiphong.lgsp.federation.boundary;

import java.time.Instant;

/** A national peer's member's right to a city service; {@code member} and {@code service} as X-Road names. */
public record InboundRightView(long id, String member, String service, Instant validUntil, String grantedBy,
                               Instant grantedAt) {
}
