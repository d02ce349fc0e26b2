package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void hopByHopHeadersAndCredentialsStay() {
        for (String kept : List.of("Content-Type", "X-Road-Client", "X-Road-Id", "Accept", "X-Custom")) {
            assertTrue(XRoadHeaders.passes(kept), kept);
        }
        for (String dropped : List.of("Authorization", "cookie", "Connection", "Transfer-Encoding", "Host", "Upgrade",
                "Proxy-Authorization", "TE", "Keep-Alive", "Content-Length")) {
            assertFalse(XRoadHeaders.passes(dropped), dropped);
        }
        assertTrue(XRoadHeaders.isSafeValue("VN-CCCD-031080000123"));
        assertFalse(XRoadHeaders.isSafeValue("a\r\nb"));
        assertFalse(XRoadHeaders.isSafeValue("x".repeat(256)));
    }
}
