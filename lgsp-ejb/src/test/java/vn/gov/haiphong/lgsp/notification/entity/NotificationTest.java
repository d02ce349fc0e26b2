package vn.gov.haiphong.lgsp.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void failuresBackOffThenGiveUpAsUndeliverable() {
        Notification n = new Notification("K", "x/1", "H24.10", "a@b.vn", "s", "b");
        assertEquals(Notification.Status.PENDING, n.getStatus());
        Instant before = Instant.now();
        n.failed("refused", 3, Duration.ofSeconds(30), Duration.ofHours(1));
        assertTrue(!n.getNextAttemptAt().isBefore(before.plusSeconds(30)), "first retry after the back-off");
        n.failed("refused", 3, Duration.ofSeconds(30), Duration.ofHours(1));
        assertTrue(!n.getNextAttemptAt().isBefore(before.plusSeconds(60)), "doubled");
        assertEquals(Notification.Status.PENDING, n.getStatus());
        n.failed("refused", 3, Duration.ofSeconds(30), Duration.ofHours(1));
        assertEquals(Notification.Status.UNDELIVERABLE, n.getStatus());
        assertEquals(3, n.getAttempts());
        assertEquals("refused", n.getLastError());
    }

    @Test
    void aPartyWithoutAnAddressIsUndeliverableFromTheStart() {
        Notification n = new Notification("K", "x/1", "H24.10", null, "s", "b");
        assertEquals(Notification.Status.UNDELIVERABLE, n.getStatus());
        assertEquals("no contact address", n.getLastError());
    }
}
