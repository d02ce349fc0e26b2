package vn.gov.haiphong.lgsp.ws.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down whoever guesses a legacy SOAP client's secret without ever locking out the client that knows it.
 * Failures are counted per <em>credential</em> — client id and a hash of the presented secret — so someone else's
 * wrong guesses never block a caller presenting the right secret: {@value #MAX_FAILURES} failures of one
 * credential within {@value #WINDOW_SECONDS} s block that credential for as long.
 *
 * <p>A guesser who tries a new secret each time is held by a coarser limit per client id:
 * {@value #MAX_CLIENT_FAILURES} failures within the window block every secret of that client that has not
 * proved itself. A credential that succeeded on this node within {@link #KNOWN_GOOD} is never held by that
 * limit: it is always verified at Keycloak (when its token is no longer cached), so the client that knows its
 * secret keeps working during an attack. What it cannot tell apart is a correct secret never seen before (a
 * freshly rotated one) from a guess: that waits until the guessing stops for a window.
 *
 * <p>Per node, in memory, bounded: entries past their window are dropped once a map holds
 * {@value #PRUNE_ABOVE}.
 */
final class CredentialThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_CLIENT_FAILURES = 20;
    static final int WINDOW_SECONDS = 60;
    static final Duration KNOWN_GOOD = Duration.ofHours(24);
    static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> byCredential = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
    private final Map<String, Instant> provedUntil = new ConcurrentHashMap<>();

    CredentialThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code credential} (a key naming the client and the secret's hash) must wait; empty: ask Keycloak. */
    Optional<Duration> wait(String clientId, String credential) {
        Instant now = clock.instant();
        Optional<Duration> own = blocked(byCredential.get(credential), now);
        if (own.isPresent()) {
            return own;
        }
        Instant proved = provedUntil.get(credential);
        if (proved != null && proved.isAfter(now)) {
            return Optional.empty();
        }
        return blocked(byClient.get(clientId), now);
    }

    void failed(String clientId, String credential) {
        Instant now = clock.instant();
        provedUntil.remove(credential);
        byCredential.merge(credential, Failures.first(now), (old, first) -> old.plusOne(now, MAX_FAILURES));
        byClient.merge(clientId, Failures.first(now), (old, first) -> old.plusOne(now, MAX_CLIENT_FAILURES));
        prune(now);
    }

    void succeeded(String credential) {
        Instant now = clock.instant();
        byCredential.remove(credential);
        provedUntil.put(credential, now.plus(KNOWN_GOOD));
        prune(now);
    }

    private static Optional<Duration> blocked(Failures failures, Instant now) {
        return failures != null && failures.blockedUntil().isAfter(now)
                ? Optional.of(Duration.between(now, failures.blockedUntil())) : Optional.empty();
    }

    private void prune(Instant now) {
        for (Map<String, Failures> failures : List.of(byCredential, byClient)) {
            if (failures.size() > PRUNE_ABOVE) {
                failures.values().removeIf(f -> f.isOver(now));
            }
        }
        if (provedUntil.size() > PRUNE_ABOVE) {
            provedUntil.values().removeIf(until -> !until.isAfter(now));
        }
    }

    /** Failures within the current window, and until when they block. */
    private record Failures(int count, Instant windowStart, Instant blockedUntil) {

        static Failures first(Instant now) {
            return new Failures(1, now, Instant.MIN);
        }

        Failures plusOne(Instant now, int max) {
            if (blockedUntil.isAfter(now)) {
                return this;
            }
            if (!windowStart.plusSeconds(WINDOW_SECONDS).isAfter(now)) {
                return first(now);
            }
            int n = count + 1;
            return new Failures(n, windowStart, n >= max ? now.plusSeconds(WINDOW_SECONDS) : Instant.MIN);
        }

        boolean isOver(Instant now) {
            return !windowStart.plusSeconds(WINDOW_SECONDS).isAfter(now) && !blockedUntil.isAfter(now);
        }
    }
}
