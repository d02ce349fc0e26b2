package vn.gov.haiphong.lgsp.federation.control;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;

/**
 * What makes a forwarded call a call to a peer, and what the gateway checks of the peer's answer. The peer sees the
 * LGSP as the client (its member subsystem there, with the LGSP's token), and the calling city system as the
 * represented party ({@code X-Road-Represented-Party: GOV/H24.10}, X-Road's representation extension); the
 * {@code X-Road-Id}, user and issue travel unchanged, so the exchange is the same one in both logs. The peer's
 * {@code X-Road-Request-Hash} must be the hash of the request the gateway sent — what X-Road's client-side security
 * server checks — so the log's request hash is, by that check, also the peer's.
 */
public final class PeerCalls {

    private PeerCalls() {
    }

    /**
     * Turns the request built for a provider into the LGSP's call at the peer for {@code cityClient}; {@code token}
     * null when the peer takes the LGSP's client certificate alone.
     */
    public static void sign(ClassicHttpRequest request, PeerEntry peer, String token, String cityClient) {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        request.setHeader(XRoadHeaders.CLIENT, peer.ownClient());
        request.setHeader(XRoadHeaders.REPRESENTED_PARTY, representedParty(cityClient));
    }

    /**
     * Refuses a peer's answer that does not answer this request: the peer refusing the LGSP's token
     * ({@code peer-refused}; the token is dropped so the next call fetches another), or a request hash other than
     * the one sent ({@code service-failed}).
     */
    public static void checkAnswer(ClassicHttpResponse answer, String sentHash, PeerEntry peer, String service,
                                   PeerTokens tokens) {
        Header error = answer.getFirstHeader(XRoadHeaders.ERROR);
        if (answer.getCode() == 401 || error != null && error.getValue().endsWith(".AuthenticationFailed")) {
            tokens.refused(peer);
            throw new LgspException(ErrorCode.PEER_REFUSED, peer.instance(), "the peer refused the LGSP's token");
        }
        Header hash = answer.getFirstHeader(XRoadHeaders.REQUEST_HASH);
        boolean answered = answer.getCode() < 400;
        if (hash == null ? answered : !hash.getValue().equals(sentHash)) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, service,
                    hash == null ? "no X-Road-Request-Hash from the peer" : "the peer's X-Road-Request-Hash differs");
        }
    }

    /** {@code VN/GOV/H24.10/his} → {@code GOV/H24.10}: the member the city system belongs to. */
    public static String representedParty(String cityClient) {
        String[] parts = cityClient.split("/", 4);
        return parts.length < 3 ? cityClient : parts[1] + "/" + parts[2];
    }
}
