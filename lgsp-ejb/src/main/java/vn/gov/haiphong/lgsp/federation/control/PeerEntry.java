package vn.gov.haiphong.lgsp.federation.control;

import vn.gov.haiphong.lgsp.federation.entity.Peer;

/**
 * A peer as the gateway keeps it in memory: where to call it, who the LGSP is there, and how to get a token.
 *
 * @param ownClient the LGSP's member subsystem at the peer, sent as {@code X-Road-Client}
 */
public record PeerEntry(String instance, String baseUrl, String ownClient, String tokenUrl, String clientId,
                        String secretProperty, int timeoutMs, boolean enabled) {

    public static PeerEntry of(Peer p) {
        return new PeerEntry(p.getInstanceCode(), trimmed(p.getBaseUrl()), p.ownClient(), p.getTokenUrl(),
                p.getClientId(), p.getSecretProperty(), p.getTimeoutMs(), p.isEnabled());
    }

    private static String trimmed(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }
}
