package vn.gov.haiphong.lgsp.federation.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

class PeerCallsTest {

    static final PeerEntry PEER = new PeerEntry("NDXP", "http://peer", "NDXP/GOV/H24/lgsp", "http://peer/token",
            "GOV/H24/lgsp", "lgsp.peer.ndxp.secret", 5000, true);

    @Test
    void theLgspCallsAsItsMemberAtThePeerForTheCitySystem() {
        ClassicHttpRequest request = new BasicClassicHttpRequest("GET", "http://peer/r1/x");
        request.setHeader("X-Road-Client", "VN/GOV/H24.10/his");
        PeerCalls.sign(request, PEER, "t0k3n", "VN/GOV/H24.10/his");
        assertEquals("Bearer t0k3n", request.getFirstHeader("Authorization").getValue());
        assertEquals("NDXP/GOV/H24/lgsp", request.getFirstHeader("X-Road-Client").getValue());
        assertEquals("GOV/H24.10", request.getFirstHeader("X-Road-Represented-Party").getValue());
        assertEquals(1, request.getHeaders("X-Road-Client").length);
    }

    @Test
    void aPeerThatTakesTheClientCertificateAloneGetsNoBearerToken() {
        PeerEntry certificateOnly = new PeerEntry("NDXP", "https://peer", "NDXP/GOV/H24/lgsp", null, null, null, 5000,
                true, new PeerEntry.Tls("/etc/lgsp/peers/ndxp/lgsp.p12", "lgsp.peer.ndxp.keystore-password", null, null));
        assertEquals(false, certificateOnly.usesToken());
        assertEquals(null, new PeerTokens().token(certificateOnly), "no token endpoint is asked");
        ClassicHttpRequest request = new BasicClassicHttpRequest("GET", "https://peer/r1/x");
        PeerCalls.sign(request, certificateOnly, null, "VN/GOV/H24.10/his");
        assertEquals(null, request.getFirstHeader("Authorization"));
        assertEquals("NDXP/GOV/H24/lgsp", request.getFirstHeader("X-Road-Client").getValue());
    }

    @Test
    void anAnswerMustCarryTheHashOfTheRequestSent() {
        PeerTokens tokens = new PeerTokens();
        BasicClassicHttpResponse good = new BasicClassicHttpResponse(200);
        good.setHeader("X-Road-Request-Hash", "abc=");
        assertDoesNotThrow(() -> PeerCalls.checkAnswer(good, "abc=", PEER, "NDXP/GOV/BCA/x/y", tokens));

        BasicClassicHttpResponse other = new BasicClassicHttpResponse(200);
        other.setHeader("X-Road-Request-Hash", "xyz=");
        assertEquals(ErrorCode.SERVICE_FAILED, assertThrows(LgspException.class,
                () -> PeerCalls.checkAnswer(other, "abc=", PEER, "s", tokens)).code());
        assertEquals(ErrorCode.SERVICE_FAILED, assertThrows(LgspException.class,
                () -> PeerCalls.checkAnswer(new BasicClassicHttpResponse(200), "abc=", PEER, "s", tokens)).code());
        assertDoesNotThrow(() -> PeerCalls.checkAnswer(new BasicClassicHttpResponse(404), "abc=", PEER, "s", tokens),
                "an error answer without a hash is relayed as the peer's");
    }

    @Test
    void aRefusedTokenIsThePeersRefusalOfTheLgspNotOfTheCaller() {
        BasicClassicHttpResponse refused = new BasicClassicHttpResponse(401);
        refused.setHeader("X-Road-Error", "Server.ServerProxy.AuthenticationFailed");
        assertEquals(ErrorCode.PEER_REFUSED, assertThrows(LgspException.class,
                () -> PeerCalls.checkAnswer(refused, "abc=", PEER, "s", new PeerTokens())).code());
    }

    @Test
    void theRepresentedPartyIsTheCitySystemsMember() {
        assertEquals("GOV/H24.10", PeerCalls.representedParty("VN/GOV/H24.10/his"));
    }
}
