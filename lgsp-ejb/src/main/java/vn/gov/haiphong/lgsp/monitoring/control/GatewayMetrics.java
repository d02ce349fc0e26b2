package vn.gov.haiphong.lgsp.monitoring.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.exchangelog.control.BatchListener;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.gateway.control.CircuitBreakers;

/**
 * The gateway's meters in the server's Micrometer registry (Prometheus text at {@code :9990/metrics}), fed from each
 * batch of committed-to-be exchange records — the same records the log and the statistics hold, without a hook in
 * the gateway itself. Labels are the registered names only ({@link MonitoredNames}: anything else is {@code -}), and
 * latency histograms carry the service and protocol but not the consumer, so the series stay bounded by the registry.
 * Every meter is listed in docs/operations.md.
 */
@ApplicationScoped
public class GatewayMetrics implements BatchListener {

    /** Histogram buckets (seconds) of the latency timers: from a fast local provider to the longest timeout. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    @Inject
    MeterRegistry registry;

    @Inject
    MonitoredNames names;

    @Inject
    CircuitBreakers breakers;

    /** Services whose circuit gauge is registered (key: the breaker's key). */
    private final Set<String> circuits = ConcurrentHashMap.newKeySet();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    public void written(List<ExchangeRecord> batch, Connection connection) {
        Instant now = Instant.now();
        DistributionSummary.builder("lgsp.exchange.log.batch.size").description("Exchange records per exchange-log batch")
                .baseUnit("records").register(registry).record(batch.size());
        Timer wait = Timer.builder("lgsp.exchange.log.wait").description("From an exchange's answer to its batch being "
                + "written: how far the exchange-log writer is behind").serviceLevelObjectives(BUCKETS).register(registry);
        for (ExchangeRecord r : batch) {
            ServiceEntry entry = names.entry(r.service()).orElse(null);
            String service = entry == null ? StatKey.UNKNOWN : names.name(entry.serviceId());
            String consumer = names.client(r.client());
            String protocol = r.protocol() == null ? StatKey.UNKNOWN : r.protocol();
            String outcome = r.errorCode() == null ? "OK" : r.errorCode();
            Counter.builder("lgsp.exchanges").description("Exchanges through the gateway by outcome (OK or the X-Road error code)")
                    .tags("service", service, "consumer", consumer, "protocol", protocol, "outcome", outcome)
                    .register(registry).increment();
            timer("lgsp.exchange.duration", "Received to answered", service, protocol)
                    .record(Duration.between(r.receivedAt(), r.answeredAt()));
            if (r.forwardedAt() != null) {
                timer("lgsp.exchange.provider.duration", "Forwarded to the provider to answered", service, protocol)
                        .record(Duration.between(r.forwardedAt(), r.answeredAt()));
            }
            Counter.builder("lgsp.exchange.request").baseUnit("bytes").description("Request bytes from consumers")
                    .tags("service", service, "protocol", protocol).register(registry).increment(r.requestBytes());
            Counter.builder("lgsp.exchange.response").baseUnit("bytes").description("Response bytes to consumers")
                    .tags("service", service, "protocol", protocol).register(registry).increment(r.responseBytes());
            wait.record(Duration.between(r.answeredAt(), now));
            if (entry != null) {
                circuit(entry, service);
            }
        }
    }

    private Timer timer(String name, String description, String service, String protocol) {
        return timers.computeIfAbsent(name + '|' + service + '|' + protocol, k -> Timer.builder(name)
                .description(description).tags("service", service, "protocol", protocol)
                .serviceLevelObjectives(BUCKETS).register(registry));
    }

    /**
     * The service's circuit state as a gauge: 1 while its breaker refuses calls for more than another second, else 0
     * ({@link CircuitBreakers#secondsUntilRetry} is what the breaker tells about an open circuit).
     */
    private void circuit(ServiceEntry entry, String service) {
        String key = entry.serviceId().toString();
        if (circuits.add(key)) {
            Gauge.builder("lgsp.gateway.circuit.open", breakers, b -> b.secondsUntilRetry(key) > 1 ? 1 : 0)
                    .description("1 while the service's circuit breaker is open").tags("service", service,
                            "version", entry.serviceId().version()).register(registry);
        }
    }
}
