package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;

/**
 * This node's monitoring scheduler: every second it runs whatever {@link MonitorJobs} finds due, one job per
 * transaction, until nothing is. Every node runs one; the jobs table, not this timer, makes each job run once per
 * cluster. A tick still running when the next comes is not doubled on this node. Every
 * {@code lgsp.monitoring.alert.log-check-seconds} it also looks at this node's own exchange-log writer
 * ({@link LogWriterWatch}): that is per node, not a cluster job.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonitorScheduler {

    private static final Logger LOG = Logger.getLogger(MonitorScheduler.class.getName());
    /** Jobs run per tick at most, so that a backlog cannot hold the timer's thread for long. */
    private static final int MAX_PER_TICK = 100;

    @EJB
    MonitorJobs jobs;

    @EJB
    LogWriterWatch logWriter;

    /** The hour (Asia/Ho_Chi_Minh) the nightly chain verification runs at. */
    @Inject
    @ConfigProperty(name = "lgsp.monitoring.chain-verification-hour", defaultValue = "2")
    int chainHour;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.interval-seconds", defaultValue = "60")
    int alertSeconds;


    private final AtomicBoolean running = new AtomicBoolean();
    /** When this node last looked at its exchange-log writer. */
    private Instant lastWriterLook = Instant.now();

    @PostConstruct
    void start() {
        jobs.ensure(MonitorJobs.ALERT_RULES, alertSeconds);
        jobs.ensure(MonitorJobs.RETENTION, 3600);
        jobs.ensureClusterJobs();
        jobs.ensure(MonitorJobs.CHAIN_VERIFICATION, 86_400, nextAt(chainHour, Instant.now()));
    }

    private void lookAtWriter() {
        Instant now = Instant.now();
        if (now.isBefore(lastWriterLook.plusSeconds(logWriter.checkSeconds()))) {
            return;
        }
        try {
            logWriter.check(lastWriterLook);
            lastWriterLook = now;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange-log writer not watched (tried again next tick): " + e.getMessage(), e);
        }
    }

    /** The next {@code hour}:00 in business time after {@code now}. */
    static Instant nextAt(int hour, Instant now) {
        ZonedDateTime at = now.atZone(StatKey.VIETNAM).truncatedTo(ChronoUnit.DAYS).withHour(hour);
        return (at.toInstant().isAfter(now) ? at : at.plusDays(1)).toInstant();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            lookAtWriter();
            for (int i = 0; i < MAX_PER_TICK && jobs.runOne().isPresent(); i++) {
                // the next due job, in its own transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Monitoring job failed (tried again next tick): " + e.getMessage(), e);
        } finally {
            running.set(false);
        }
    }
}
