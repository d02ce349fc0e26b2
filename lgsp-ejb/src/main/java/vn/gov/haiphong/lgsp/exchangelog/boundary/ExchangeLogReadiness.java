package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while this node records exchanges (Quy chế Đ.11.5): a node started with the log off
 * ({@value ExchangeLog#ENABLED}{@code =false}, benchmarks only), or whose writer has stopped, must not take traffic.
 */
@Readiness
@ApplicationScoped
public class ExchangeLogReadiness implements HealthCheck {

    static final String NAME = "lgsp-exchange-log";

    @Inject
    ExchangeLog log;

    @Override
    public HealthCheckResponse call() {
        return of(log.enabled(), log.recording());
    }

    /** The answer for a log that was on at start or not, and whose writer is running or not. */
    static HealthCheckResponse of(boolean enabled, boolean recording) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enabled", enabled);
        if (!enabled) {
            data.put("reason", "started with " + ExchangeLog.ENABLED + "=false: exchanges are not recorded");
        } else if (!recording) {
            data.put("reason", "the exchange-log writer has stopped");
        }
        return new HealthCheckResponse(NAME, recording ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
