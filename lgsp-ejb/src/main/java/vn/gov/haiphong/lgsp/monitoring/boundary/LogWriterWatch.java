package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLog;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeLogWriter;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;

/**
 * Watches this node's exchange-log writer (each node its own: the writer is per node, so this is no cluster job) and
 * keeps the {@link AlertRule#LOG_WRITER} alert of the node: it fires when a batch failed since the last look, or when
 * the writer falls behind — more than {@code lgsp.monitoring.alert.log-queue} records waiting, the oldest waiting
 * longer than {@code lgsp.monitoring.alert.log-wait-ms}, or the last batch taking longer than
 * {@code lgsp.monitoring.alert.log-commit-ms} to store — and resolves once all is well for
 * {@code lgsp.monitoring.alert.log-clear-seconds}.
 */
@Stateless
public class LogWriterWatch {

    @EJB
    ExchangeLog log;

    @EJB
    Alerts alerts;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.log-check-seconds", defaultValue = "10")
    int checkSeconds;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.log-queue", defaultValue = "5000")
    int maxQueued;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.log-wait-ms", defaultValue = "3000")
    long maxWaitMs;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.log-commit-ms", defaultValue = "2000")
    long maxCommitMs;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.log-clear-seconds", defaultValue = "60")
    int clearSeconds;

    /** How often each node looks (seconds). */
    public int checkSeconds() {
        return checkSeconds;
    }

    /** Looks at the writer once; {@code since}: the previous look (a batch failed after it counts). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void check(Instant since) {
        var health = log.writerHealth();
        if (health.isEmpty()) {
            return; // the log is off (benchmarks only): nothing writes, nothing to watch
        }
        List<String> problems = problems(health.get(), since);
        if (problems.isEmpty()) {
            alerts.clear(AlertRule.LOG_WRITER, log.node(), Duration.ofSeconds(clearSeconds));
        } else {
            alerts.raise(AlertRule.LOG_WRITER, log.node(), null, null, String.join("; ", problems));
        }
    }

    private List<String> problems(ExchangeLogWriter.Health h, Instant since) {
        List<String> problems = new ArrayList<>();
        if (h.lastFailureAt() != null && h.lastFailureAt().isAfter(since)) {
            problems.add("a batch failed at " + h.lastFailureAt() + " (" + h.failedBatches() + " since start): "
                    + h.lastFailure());
        }
        if (h.queued() > maxQueued) {
            problems.add(h.queued() + " records queued (limit " + maxQueued + ")");
        }
        if (h.oldestWaitMillis() > maxWaitMs) {
            problems.add("the oldest record has waited " + h.oldestWaitMillis() + " ms (limit " + maxWaitMs + ")");
        }
        if (h.lastCommitMillis() > maxCommitMs) {
            problems.add("the last batch took " + h.lastCommitMillis() + " ms to store (limit " + maxCommitMs + ")");
        }
        return problems;
    }
}
