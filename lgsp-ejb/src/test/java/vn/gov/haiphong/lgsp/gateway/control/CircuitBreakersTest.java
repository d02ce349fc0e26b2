package vn.gov.haiphong.lgsp.gateway.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.id.ServiceId;

/** Each service's circuit opens after its own count of failures in a row; the platform's defaults fill the gaps. */
class CircuitBreakersTest {

    private final CircuitBreakers breakers = new CircuitBreakers();

    CircuitBreakersTest() {
        breakers.failuresToOpen = 5;
        breakers.openSeconds = 30;
    }

    private static ServiceEntry service(Integer failures, Integer openSeconds) {
        return new ServiceEntry(1, ServiceId.parse("H24.06/dat-dai/echo/v1").orElseThrow(), ServiceProtocol.REST,
                Service.Status.PUBLISHED, null, null, "http://p", 1000, false, failures, openSeconds, List.of(), null,
                List.of(), PolicyEntries.Provider.CONNECTED);
    }

    @Test
    void aServiceWithoutItsOwnRuleTakesThePlatformsDefaults() {
        assertEquals(new CircuitBreakers.Rule(5, 30), breakers.rule(service(null, null)));
        assertEquals(new CircuitBreakers.Rule(2, 30), breakers.rule(service(2, null)));
        assertEquals(new CircuitBreakers.Rule(5, 7), breakers.rule(service(null, 7)));
    }

    @Test
    void theCircuitOpensAfterTheServicesOwnCountAndNotBefore() {
        CircuitBreakers.Rule two = new CircuitBreakers.Rule(2, 60);
        CircuitBreakers.Rule five = new CircuitBreakers.Rule(5, 60);
        breakers.failed("a", two);
        breakers.failed("b", five);
        assertTrue(breakers.allow("a", two), "one failure of two");
        breakers.failed("a", two);
        breakers.failed("b", five);
        assertFalse(breakers.allow("a", two), "two failures in a row: open");
        assertTrue(breakers.allow("b", five), "another service's count is its own");
    }

    @Test
    void anOpenCircuitSaysHowLongItStillRests() {
        breakers.failed("a", new CircuitBreakers.Rule(1, 30));
        long seconds = breakers.secondsUntilRetry("a");
        assertTrue(seconds >= 29 && seconds <= 30, "what is left of 30 s: " + seconds);
        assertEquals(1, breakers.secondsUntilRetry("never-failed"));
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        CircuitBreakers.Rule two = new CircuitBreakers.Rule(2, 60);
        breakers.failed("a", two);
        breakers.succeeded("a");
        breakers.failed("a", two);
        assertTrue(breakers.allow("a", two));
    }

    @Test
    void afterItsOpenTimeOneCallIsLetThroughToDecide() throws InterruptedException {
        CircuitBreakers.Rule shortRest = new CircuitBreakers.Rule(1, 1);
        breakers.failed("a", shortRest);
        assertFalse(breakers.allow("a", shortRest));
        Thread.sleep(1_100);
        assertTrue(breakers.allow("a", shortRest), "half-open: one probe");
        assertFalse(breakers.allow("a", shortRest), "only one while the probe is out");
        breakers.succeeded("a");
        assertTrue(breakers.allow("a", shortRest), "the probe succeeded: closed");
    }

    @Test
    void theStateIsWhatTheBreakerDecidesOn() throws InterruptedException {
        CircuitBreakers.Rule two = new CircuitBreakers.Rule(2, 1);
        assertEquals(CircuitBreakers.Circuit.CLOSED, breakers.state("a"), "never failed");
        breakers.failed("a", two);
        assertEquals(CircuitBreakers.Circuit.CLOSED, breakers.state("a"), "one failure of two");
        breakers.failed("a", two);
        assertEquals(CircuitBreakers.Circuit.OPEN, breakers.state("a"));
        assertFalse(breakers.allow("a", two));
        Thread.sleep(1_100);
        assertEquals(CircuitBreakers.Circuit.HALF_OPEN, breakers.state("a"), "its last second too, then the trial");
        assertTrue(breakers.allow("a", two));
        assertEquals(CircuitBreakers.Circuit.HALF_OPEN, breakers.state("a"), "the trial call is out");
        breakers.succeeded("a");
        assertEquals(CircuitBreakers.Circuit.CLOSED, breakers.state("a"));
    }
}
