package vn.gov.haiphong.lgsp.common.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/** Ready only while exchanges are recorded: before the log starts, with the log off at start, or its writer stopped: DOWN. */
class ExchangeLogReadinessCheckTest {

    private final ExchangeLogReadinessCheck check = new ExchangeLogReadinessCheck();

    @Test
    void downUntilTheLogHasStarted() {
        HealthCheckResponse before = check.call();
        assertEquals("lgsp-exchange-log", before.getName());
        assertEquals(Status.DOWN, before.getStatus());
    }

    @Test
    void upWhileRecordingDownOnceTheWriterStops() {
        AtomicBoolean writing = new AtomicBoolean(true);
        check.started(new ExchangeLogState(true, writing::get));
        HealthCheckResponse up = check.call();
        assertEquals(Status.UP, up.getStatus());
        assertEquals(Map.of("enabled", true), up.getData().orElseThrow());

        writing.set(false);
        HealthCheckResponse stopped = check.call();
        assertEquals(Status.DOWN, stopped.getStatus());
        assertTrue(stopped.getData().orElseThrow().get("reason").toString().contains("stopped"));
    }

    @Test
    void downWhenStartedWithTheLogOff() {
        check.started(new ExchangeLogState(false, () -> false));
        HealthCheckResponse off = check.call();
        assertEquals(Status.DOWN, off.getStatus());
        Map<String, Object> data = off.getData().orElseThrow();
        assertEquals(false, data.get("enabled"));
        assertTrue(data.get("reason").toString().contains("lgsp.exchange-log.enabled=false"), data.toString());
    }
}
