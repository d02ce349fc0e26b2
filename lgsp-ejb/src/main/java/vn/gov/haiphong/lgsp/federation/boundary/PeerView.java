package vn.gov.haiphong.lgsp.federation.boundary;

import java.time.Instant;

/**
 * A peer as the API shows it.
 *
 * @param ownClient        the LGSP's member subsystem at the peer ({@code NDXP/GOV/H24/lgsp})
 * @param secretConfigured whether the property {@code secretProperty} is set on this node (the value is never shown)
 * @param keystorePasswordConfigured whether {@code keystorePasswordProperty} is set on this node
 */
public record PeerView(String instance, String baseUrl, String ownClient, String memberClass, String memberCode,
                       String subsystemCode, String tokenUrl, String clientId, String secretProperty,
                       boolean secretConfigured, int timeoutMs, boolean enabled, Instant catalogFetchedAt,
                       String updatedBy, Instant updatedAt, String keystorePath, String keystorePasswordProperty,
                       boolean keystorePasswordConfigured, String truststorePath, String truststorePasswordProperty) {
}
