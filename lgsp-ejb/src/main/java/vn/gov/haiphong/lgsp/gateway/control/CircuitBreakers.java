package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;

/**
 * One circuit breaker per service: after a number of consecutive provider failures (unreachable, timeout, 5xx)
 * calls are refused at once for a number of seconds; then one call is let through, and its outcome closes or
 * re-opens the circuit. Both numbers are the service's own when it was registered with them ({@link Rule}), else
 * {@code lgsp.gateway.circuit.failures} and {@code lgsp.gateway.circuit.open-seconds}. Why not MicroProfile
 * Fault Tolerance: its breakers are bound to annotated methods, one configuration per method, while here
 * every service needs its own state; this is the same closed/open/half-open rule, keyed by service.
 */
@ApplicationScoped
public class CircuitBreakers {

    @Inject
    @ConfigProperty(name = "lgsp.gateway.circuit.failures", defaultValue = "5")
    int failuresToOpen;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.circuit.open-seconds", defaultValue = "30")
    int openSeconds;

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** When a service's circuit opens ({@code failures} in a row) and for how long ({@code openSeconds}). */
    public record Rule(int failures, int openSeconds) {
    }

    /** The service's own rule, the platform's defaults where it has none. */
    public Rule rule(ServiceEntry service) {
        return new Rule(service.circuitFailures() != null ? service.circuitFailures() : failuresToOpen,
                service.circuitOpenSeconds() != null ? service.circuitOpenSeconds() : openSeconds);
    }

    private static final class State {
        int failures;
        /** The rule's failures when the last one was counted: from then on, this many in a row mean open. */
        int threshold = Integer.MAX_VALUE;
        long openUntilNanos;
        boolean probing;
    }

    /** A circuit's state as the breaker keeps it. */
    public enum Circuit {
        /** Calls go to the provider. */
        CLOSED,
        /** Calls are refused at once until the open period ends. */
        OPEN,
        /** The open period is over: the next call (or the one in flight) is the trial that closes or re-opens it. */
        HALF_OPEN
    }

    /** The service's circuit now: exactly what {@link #allow} decides on. */
    public Circuit state(String service) {
        State s = states.get(service);
        if (s == null) {
            return Circuit.CLOSED;
        }
        synchronized (s) {
            if (s.failures < s.threshold) {
                return Circuit.CLOSED;
            }
            return System.nanoTime() < s.openUntilNanos ? Circuit.OPEN : Circuit.HALF_OPEN;
        }
    }

    /** Whether a call may go to the provider now. */
    public boolean allow(String service, Rule rule) {
        State s = states.get(service);
        if (s == null) {
            return true;
        }
        synchronized (s) {
            if (s.failures < rule.failures()) {
                return true;
            }
            if (System.nanoTime() < s.openUntilNanos || s.probing) {
                return false;
            }
            s.probing = true; // half-open: this one call decides
            return true;
        }
    }

    /** Whole seconds (at least 1) until the service's open circuit lets a call through again. */
    public long secondsUntilRetry(String service) {
        State s = states.get(service);
        if (s == null) {
            return 1;
        }
        synchronized (s) {
            return Math.max(1, (s.openUntilNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
        }
    }

    public void succeeded(String service) {
        State s = states.get(service);
        if (s != null) {
            synchronized (s) {
                s.failures = 0;
                s.probing = false;
            }
        }
    }

    public void failed(String service, Rule rule) {
        State s = states.computeIfAbsent(service, k -> new State());
        synchronized (s) {
            s.failures++;
            s.threshold = rule.failures();
            s.probing = false;
            if (s.failures >= rule.failures()) {
                s.openUntilNanos = System.nanoTime() + rule.openSeconds() * 1_000_000_000L;
            }
        }
    }
}
