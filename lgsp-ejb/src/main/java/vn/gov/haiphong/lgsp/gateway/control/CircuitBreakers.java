package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One circuit breaker per service: after {@code lgsp.gateway.circuit.failures} consecutive provider
 * failures (unreachable, timeout, 5xx) calls are refused at once for {@code lgsp.gateway.circuit.open-seconds};
 * then one call is let through, and its outcome closes or re-opens the circuit. Why not MicroProfile
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

    private static final class State {
        int failures;
        long openUntilNanos;
        boolean probing;
    }

    /** Whether a call may go to the provider now. */
    public boolean allow(String service) {
        State s = states.get(service);
        if (s == null) {
            return true;
        }
        synchronized (s) {
            if (s.failures < failuresToOpen) {
                return true;
            }
            if (System.nanoTime() < s.openUntilNanos || s.probing) {
                return false;
            }
            s.probing = true; // half-open: this one call decides
            return true;
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

    public void failed(String service) {
        State s = states.computeIfAbsent(service, k -> new State());
        synchronized (s) {
            s.failures++;
            s.probing = false;
            if (s.failures >= failuresToOpen) {
                s.openUntilNanos = System.nanoTime() + openSeconds * 1_000_000_000L;
            }
        }
    }

    public int openSeconds() {
        return openSeconds;
    }
}
