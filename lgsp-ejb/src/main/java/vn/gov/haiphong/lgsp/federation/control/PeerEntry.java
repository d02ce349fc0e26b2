package vn.gov.haiphong.lgsp.federation.control;

import vn.gov.haiphong.lgsp.federation.entity.Peer;

/**
 * A peer as the gateway keeps it in memory: where to call it, who the LGSP is there, and how to get a token.
 *
 * @param ownClient the LGSP's member subsystem at the peer, sent as {@code X-Road-Client}
 * @param tokenUrl  null: the peer takes no bearer token (a client certificate alone)
 * @param tls       the client certificate and the truststore for the peer, null when it has neither
 */
public record PeerEntry(String instance, String baseUrl, String ownClient, String tokenUrl, String clientId,
                        String secretProperty, int timeoutMs, boolean enabled, Tls tls) {

    /**
     * Where the LGSP's key and certificate at the peer are and where the certificates it trusts for the peer are, each
     * with the configuration property holding its password; {@code keystorePath} or {@code truststorePath} may be null.
     */
    public record Tls(String keystorePath, String keystorePasswordProperty, String truststorePath,
                      String truststorePasswordProperty) {
    }

    /** A peer reached with a token alone, with the platform's default TLS. */
    public PeerEntry(String instance, String baseUrl, String ownClient, String tokenUrl, String clientId,
                     String secretProperty, int timeoutMs, boolean enabled) {
        this(instance, baseUrl, ownClient, tokenUrl, clientId, secretProperty, timeoutMs, enabled, null);
    }

    public static PeerEntry of(Peer p) {
        Tls tls = p.getKeystorePath() == null && p.getTruststorePath() == null ? null
                : new Tls(p.getKeystorePath(), p.getKeystorePasswordProperty(), p.getTruststorePath(),
                p.getTruststorePasswordProperty());
        return new PeerEntry(p.getInstanceCode(), trimmed(p.getBaseUrl()), p.ownClient(), p.getTokenUrl(),
                p.getClientId(), p.getSecretProperty(), p.getTimeoutMs(), p.isEnabled(), tls);
    }

    /** Whether the LGSP authenticates at the peer with a bearer token. */
    public boolean usesToken() {
        return tokenUrl != null;
    }

    private static String trimmed(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }
}
