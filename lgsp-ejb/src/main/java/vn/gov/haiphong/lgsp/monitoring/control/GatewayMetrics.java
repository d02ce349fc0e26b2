package vn.gov.haiphong.lgsp.monitoring.control;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLog;
import vn.gov.haiphong.lgsp.exchangelog.control.BatchListener;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.gateway.control.CircuitBreakers;

/**
 * The gateway's meters in the server's Micrometer registry (Prometheus text at {@code :9990/metrics}), fed from each
 * batch of exchange records the log's writer stores — the same records the log and the statistics hold, without a hook
 * in the gateway itself. Labels are the registered names only ({@link MonitoredNames}: anything else is {@code -}),
 * and the timers carry the service and protocol but not the consumer, so the series stay bounded by the registry.
 * Meters are registered through the registry's own methods ({@code counter(name, tags)}, …): WildFly hands a
 * deployment a registry that passes only those on to the server's registries (it adds the {@code WF_DEPLOYMENT} tag),
 * not meters built with {@code Meter.builder(…).register(…)}, nor distribution settings — so the timers give count,
 * sum and max, and percentiles come from the statistics' sketches ({@code GET /admin/v1/statistics}).
 * Every meter is listed in docs/operations.md.
 */
@ApplicationScoped
public class GatewayMetrics implements BatchListener {

    private static final Logger LOG = Logger.getLogger(GatewayMetrics.class.getName());

    @Inject
    MeterRegistry registry;

    @Inject
    MonitoredNames names;

    @Inject
    CircuitBreakers breakers;

    @EJB
    ExchangeLog log;

    /** Services whose circuit gauge is registered (key: the breaker's key). */
    private final Set<String> circuits = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writerGauges = new AtomicBoolean();

    /** Meters never fail a batch (the exchanges would be refused for a figure): a failure is logged and skipped. */
    @Override
    public void written(List<ExchangeRecord> batch, Connection connection) {
        try {
            count(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Gateway metrics not updated for a batch of " + batch.size() + ": " + e, e);
        }
    }

    private void count(List<ExchangeRecord> batch) {
        if (writerGauges.compareAndSet(false, true)) {
            // the writer's own state, read when scraped: what a batch cannot tell (the queue behind it)
            registry.gauge("lgsp.exchange.log.queue", List.of(), log,
                    l -> l.writerHealth().map(h -> h.queued()).orElse(0));
            registry.gauge("lgsp.exchange.log.store.last.seconds", List.of(), log,
                    l -> l.writerHealth().map(h -> h.lastCommitMillis() / 1000.0).orElse(0.0));
            registry.gauge("lgsp.exchange.log.failed.batches", List.of(), log,
                    l -> l.writerHealth().map(h -> h.failedBatches()).orElse(0L));
        }
        Instant now = Instant.now();
        registry.summary("lgsp.exchange.log.batch.size", List.of()).record(batch.size());
        Timer wait = registry.timer("lgsp.exchange.log.wait", List.of());
        for (ExchangeRecord r : batch) {
            ServiceEntry entry = names.entry(r.service()).orElse(null);
            String service = entry == null ? StatKey.UNKNOWN : names.name(entry.serviceId());
            String consumer = names.client(r.client());
            String protocol = r.protocol() == null ? StatKey.UNKNOWN : r.protocol();
            String outcome = r.errorCode() == null ? "OK" : r.errorCode();
            List<Tag> byService = List.of(Tag.of("service", service), Tag.of("protocol", protocol));
            registry.counter("lgsp.exchanges", List.of(Tag.of("service", service), Tag.of("consumer", consumer),
                    Tag.of("protocol", protocol), Tag.of("outcome", outcome))).increment();
            registry.timer("lgsp.exchange.duration", byService).record(Duration.between(r.receivedAt(), r.answeredAt()));
            if (r.forwardedAt() != null) {
                registry.timer("lgsp.exchange.provider.duration", byService)
                        .record(Duration.between(r.forwardedAt(), r.answeredAt()));
            }
            registry.counter("lgsp.exchange.request.bytes", byService).increment(r.requestBytes());
            registry.counter("lgsp.exchange.response.bytes", byService).increment(r.responseBytes());
            wait.record(Duration.between(r.answeredAt(), now));
            if (entry != null) {
                circuit(entry, service);
            }
        }
    }

    /**
     * The service's circuit as the breaker keeps it ({@link CircuitBreakers#state}): {@code lgsp_gateway_circuit_state}
     * 0 closed, 1 open, 2 half-open; {@code lgsp_gateway_circuit_open} 1 while open. One pair per registered service
     * version that had an exchange on this node.
     */
    private void circuit(ServiceEntry entry, String service) {
        String key = entry.serviceId().toString();
        if (circuits.add(key)) {
            List<Tag> tags = List.of(Tag.of("service", service), Tag.of("version", entry.serviceId().version()));
            registry.gauge("lgsp.gateway.circuit.state", tags, breakers, b -> b.state(key).ordinal());
            registry.gauge("lgsp.gateway.circuit.open", tags, breakers,
                    b -> b.state(key) == CircuitBreakers.Circuit.OPEN ? 1 : 0);
        }
    }
}
