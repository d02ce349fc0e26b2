package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the gateway lets through to a provider. */
class XRoadHeadersTest {

    @Test
    void pathsWithDotSegmentsEncodedSlashesOrControlsAreRefused() {
        for (String safe : List.of("", "/", "/thua-dat/12/345", "/a.b/c..d/%C3%A1", "/a/.well-known")) {
            assertTrue(XRoadHeaders.isSafePath(safe), safe);
        }
        for (String unsafe : List.of("/..", "/a/../b", "/a/%2e%2e/b", "/a/%2E./b", "/a/./b", "/a%2fb", "/a%5cb", "/a\\b",
                "/a%00", "/a b")) {
            assertFalse(XRoadHeaders.isSafePath(unsafe), unsafe);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "Accept", "X-Custom", "Accept-Language", "If-None-Match"})
    void endToEndHeadersPass(String kept) {
        assertTrue(XRoadHeaders.passing(List.of()).test(kept), kept);
    }

    /** Hop-by-hop, credentials, proxies' claims about the caller, and every X-Road header (the gateway sets its own). */
    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "cookie", "Connection", "Transfer-Encoding", "Host", "Upgrade",
            "Proxy-Authorization", "TE", "Keep-Alive", "Content-Length", "Forwarded", "X-Forwarded-For",
            "x-forwarded-host", "X-Forwarded-Proto", "X-Real-IP", "Via", "X-Road-Client", "x-road-service", "X-Road-Id",
            "X-Road-UserId", "X-Road-Issue", "X-Road-Request-Hash", "X-Road-Represented-Party", "X-Road-Anything"})
    void hopByHopCredentialsForwardingAndXRoadHeadersStay(String dropped) {
        assertFalse(XRoadHeaders.passing(List.of()).test(dropped), dropped);
    }

    @Test
    void headersNamedInConnectionAreHopByHop() {
        var passing = XRoadHeaders.passing(List.of("keep-alive, X-Secret-Hop", "x-other"));
        assertFalse(passing.test("x-secret-hop"));
        assertFalse(passing.test("X-Other"));
        assertTrue(passing.test("X-Custom"));
    }

    @Test
    void headerValuesAreBoundedAndWithoutControls() {
        assertTrue(XRoadHeaders.isSafeValue("VN-CCCD-031080000123"));
        assertFalse(XRoadHeaders.isSafeValue("a\r\nb"));
        assertFalse(XRoadHeaders.isSafeValue("a\rb"));
        assertFalse(XRoadHeaders.isSafeValue("x".repeat(256)));
    }
}
