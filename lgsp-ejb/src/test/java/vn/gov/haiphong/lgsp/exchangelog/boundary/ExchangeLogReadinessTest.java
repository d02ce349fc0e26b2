package vn.gov.haiphong.lgsp.exchangelog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/** Ready only while exchanges are recorded: a node started with the log off, or whose writer stopped, is DOWN. */
class ExchangeLogReadinessTest {

    @Test
    void upWhileRecording() {
        HealthCheckResponse up = ExchangeLogReadiness.of(true, true);
        assertEquals("lgsp-exchange-log", up.getName());
        assertEquals(Status.UP, up.getStatus());
        assertEquals(Map.of("enabled", true), up.getData().orElseThrow());
    }

    @Test
    void downWhenStartedWithTheLogOff() {
        HealthCheckResponse off = ExchangeLogReadiness.of(false, false);
        assertEquals(Status.DOWN, off.getStatus());
        Map<String, Object> data = off.getData().orElseThrow();
        assertEquals(false, data.get("enabled"));
        assertTrue(data.get("reason").toString().contains("lgsp.exchange-log.enabled=false"), data.toString());
    }

    @Test
    void downWhenTheWriterHasStopped() {
        HealthCheckResponse stopped = ExchangeLogReadiness.of(true, false);
        assertEquals(Status.DOWN, stopped.getStatus());
        assertTrue(stopped.getData().orElseThrow().get("reason").toString().contains("stopped"));
    }
}
