package vn.gov.haiphong.lgsp.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while this node records every exchange (Quy chế Đ.11.5): DOWN until the exchange log has started, when it
 * was started off ({@code lgsp.exchange-log.enabled=false}, benchmarks only), or when its writer has stopped.
 */
@Readiness
@ApplicationScoped
public class ExchangeLogReadinessCheck implements HealthCheck {

    static final String NAME = "lgsp-exchange-log";

    private volatile ExchangeLogState state;

    void started(@Observes ExchangeLogState started) {
        state = started;
    }

    @Override
    public HealthCheckResponse call() {
        ExchangeLogState s = state;
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = false;
        if (s == null) {
            data.put("reason", "the exchange log has not started");
        } else {
            data.put("enabled", s.enabled());
            up = s.recording().getAsBoolean();
            if (!s.enabled()) {
                data.put("reason", "started with lgsp.exchange-log.enabled=false: exchanges are not recorded");
            } else if (!up) {
                data.put("reason", "the exchange-log writer has stopped");
            }
        }
        return new HealthCheckResponse(NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
