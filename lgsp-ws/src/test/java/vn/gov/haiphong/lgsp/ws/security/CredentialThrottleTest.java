package vn.gov.haiphong.lgsp.ws.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Basic throttle on a clock the test moves: guessers are held, the client that knows its secret never is. */
class CredentialThrottleTest {

    static final String CLIENT = "H24.101/mot-cua";
    static final String RIGHT = CLIENT + ":right";
    static final String WRONG = CLIENT + ":wrong";

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final TestClock clock = new TestClock();
    final CredentialThrottle throttle = new CredentialThrottle(clock);

    void fail(String credential, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), throttle.wait(CLIENT, credential), "failure " + (i + 1) + " is asked");
            throttle.failed(CLIENT, credential);
        }
    }

    @Test
    void fiveFailuresOfOneCredentialHoldItForAMinute() {
        fail(WRONG, CredentialThrottle.MAX_FAILURES);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.wait(CLIENT, WRONG));
        clock.advance(Duration.ofSeconds(59));
        assertTrue(throttle.wait(CLIENT, WRONG).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.wait(CLIENT, WRONG), "asked again once the block is over");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 19})
    void someoneElsesWrongGuessesNeverHoldTheRightSecretNeverSeenBefore(int guesses) {
        fail(WRONG, Math.min(guesses, CredentialThrottle.MAX_FAILURES));
        for (int i = CredentialThrottle.MAX_FAILURES; i < guesses; i++) {
            assertTrue(throttle.wait(CLIENT, WRONG).isPresent(), "the guesser stays held");
        }
        assertEquals(Optional.empty(), throttle.wait(CLIENT, RIGHT), "the right secret is verified at Keycloak");
    }

    @Test
    void failuresSpreadOverMoreThanAWindowDoNotAddUp() {
        fail(WRONG, CredentialThrottle.MAX_FAILURES - 1);
        clock.advance(Duration.ofSeconds(CredentialThrottle.WINDOW_SECONDS));
        fail(WRONG, CredentialThrottle.MAX_FAILURES - 1);
        assertEquals(Optional.empty(), throttle.wait(CLIENT, WRONG));
    }

    @Test
    void aGuesserVaryingTheSecretIsHeldPerClientButAProvedSecretIsNot() {
        throttle.succeeded(RIGHT);
        for (int i = 0; i < CredentialThrottle.MAX_CLIENT_FAILURES; i++) {
            fail(CLIENT + ":guess-" + i, 1);
        }
        assertTrue(throttle.wait(CLIENT, CLIENT + ":guess-next").isPresent(), "a new guess is held without asking");
        assertEquals(Optional.empty(), throttle.wait(CLIENT, RIGHT), "a secret that worked here is always asked");
        assertEquals(Optional.empty(), throttle.wait("H24.10/his", "H24.10/his:any"), "other clients are not held");
        clock.advance(Duration.ofSeconds(CredentialThrottle.WINDOW_SECONDS));
        assertEquals(Optional.empty(), throttle.wait(CLIENT, CLIENT + ":guess-next"), "a minute later it is asked");
    }

    @Test
    void aProvedSecretThatStopsWorkingIsCountedLikeAnyOther() {
        throttle.succeeded(RIGHT);
        fail(RIGHT, CredentialThrottle.MAX_FAILURES);
        assertTrue(throttle.wait(CLIENT, RIGHT).isPresent(), "rotated at Keycloak: now a wrong secret");
    }

    @Test
    void provenSecretsAreForgottenAfterADay() {
        throttle.succeeded(RIGHT);
        clock.advance(CredentialThrottle.KNOWN_GOOD);
        for (int i = 0; i < CredentialThrottle.MAX_CLIENT_FAILURES; i++) {
            fail(CLIENT + ":guess-" + i, 1);
        }
        assertTrue(throttle.wait(CLIENT, RIGHT).isPresent());
    }

    @Test
    void aSuccessClearsTheCredentialsOwnFailures() {
        fail(RIGHT, CredentialThrottle.MAX_FAILURES - 1);
        throttle.succeeded(RIGHT);
        fail(RIGHT, CredentialThrottle.MAX_FAILURES - 1);
        assertEquals(Optional.empty(), throttle.wait(CLIENT, RIGHT));
    }
}
