package vn.gov.haiphong.lgsp.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProbeOutcomeTest {

    @Test
    void anAnswerIsUpUnlessSlowOrAServerError() {
        assertEquals(ProbeState.UP, ProbeOutcome.of(200, 40, 2000).state());
        assertEquals(ProbeState.UP, ProbeOutcome.of(404, 40, 2000).state(), "it answered: the provider is up");
        assertEquals(ProbeState.DEGRADED, ProbeOutcome.of(200, 2001, 2000).state());
        assertEquals(ProbeState.DOWN, ProbeOutcome.of(500, 10, 2000).state(), "a SOAP fault is a 500");
        assertEquals(ProbeState.DOWN, ProbeOutcome.of(503, 10, 2000).state());
        assertEquals(500, ProbeOutcome.down("x".repeat(800)).error().length(), "errors are cut to the column");
    }

    @Test
    void aRestProbeGetsItsPathBelowTheProviderUrlASoapProbePostsToIt() {
        assertEquals("http://p:8080/api/health", new ProbeCall(1, "http://p:8080/api/", 60, 1000, "/health", null, null,
                2000).url());
        assertEquals("http://p:8080/api/health", new ProbeCall(1, "http://p:8080/api", 60, 1000, "/health", null, null,
                2000).url());
        assertEquals("http://p/ws", new ProbeCall(1, "http://p/ws", 60, 1000, null, "ping", "<s:Envelope/>", 2000).url());
    }
}
