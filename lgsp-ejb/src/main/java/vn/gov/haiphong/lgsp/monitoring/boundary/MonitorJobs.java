package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.backup.boundary.Backups;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Runs monitoring work — and the registry's organisational changes due on their date — once per cluster (DESIGN §9), from a PostgreSQL table of due jobs rather than a timer per job:
 * {@link #runOne} claims the earliest due row with {@code FOR UPDATE SKIP LOCKED}, runs the job while it holds that
 * row, and moves {@code due_at} one interval on (past now, if it fell behind) before it commits. Another scheduler —
 * another node's, or a second one on this node — skips a row being run and, once it commits, sees it not due: each
 * slot runs once, whichever scheduler gets there. A job that fails rolls back with its result, stays due and is
 * tried again on the next tick; a node that dies mid-job releases its lock with its connection.
 */
@Stateless
public class MonitorJobs {

    /** The job that evaluates the alert rules over the statistics. */
    static final String ALERT_RULES = "alert-rules";
    /** The job that applies the monitoring data's retention. */
    static final String RETENTION = "monitoring-retention";
    /** The nightly verification of the exchange log's chains. */
    static final String CHAIN_VERIFICATION = "chain-verification";
    private static final String NOW = "clock_timestamp()";

    @PersistenceContext
    EntityManager em;

    @EJB
    Probes probes;

    @EJB
    AlertRules rules;

    @EJB
    MonitoringRetention retention;

    /** The other capabilities' jobs (reports…), by name. */
    @Inject
    @Any
    Instance<ClusterJob> clusterJobs;

    @EJB
    ChainWatch chain;

    @EJB
    Backups backups;

    /** The job run, or empty when none was due (or every due one is being run elsewhere). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Optional<String> runOne() {
        List<Object[]> due = em.createNativeQuery("SELECT name, due_at FROM monitor_job WHERE due_at <= clock_timestamp()"
                + " ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        String name = (String) due.get(0)[0];
        var slot = NativeValues.instant(due.get(0)[1]);
        String node = node();
        if (name.startsWith(Probes.JOB)) {
            probes.run(Long.parseLong(name.substring(Probes.JOB.length())), slot, node);
        } else if (name.equals(ALERT_RULES)) {
            rules.evaluate();
        } else if (name.equals(RETENTION)) {
            retention.apply();
        } else if (name.equals(CHAIN_VERIFICATION)) {
            chain.run();
        } else if (name.equals(Backups.JOB)) {
            backups.startScheduled();
        } else {
            clusterJobs.stream().filter(job -> job.name().equals(name)).findFirst().ifPresent(ClusterJob::run);
        }
        em.createNativeQuery("UPDATE monitor_job SET due_at = CASE WHEN due_at + make_interval(secs => interval_seconds)"
                + " > clock_timestamp() THEN due_at + make_interval(secs => interval_seconds) ELSE clock_timestamp()"
                + " + make_interval(secs => interval_seconds) END, last_run_at = clock_timestamp(), last_run_by = ?2,"
                + " runs = runs + 1 WHERE name = ?1").setParameter(1, name).setParameter(2, node).executeUpdate();
        return Optional.of(name);
    }

    /** Adds the job, due now, or sets its interval (and makes it due now) if it exists; in the caller's transaction. */
    static void schedule(EntityManager em, String name, int intervalSeconds) {
        upsert(em, name, intervalSeconds, NOW, true).executeUpdate();
    }

    /** Adds the job if it is missing (every node at start), keeping its schedule if it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String name, int intervalSeconds) {
        upsert(em, name, intervalSeconds, NOW, false).executeUpdate();
    }

    /** Registers the other capabilities' jobs (every node at start), keeping the schedule of those that exist. */
    public void ensureClusterJobs() {
        clusterJobs.forEach(job -> ensure(job.name(), job.intervalSeconds()));
    }

    /** Adds the job if it is missing, first due at {@code firstDue}, keeping its schedule if it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String name, int intervalSeconds, Instant firstDue) {
        upsert(em, name, intervalSeconds, "?3", false).setParameter(3, firstDue).executeUpdate();
    }

    /**
     * Adds the job, first due one interval from now (a job that should not run at every first start, such as the
     * scheduled backup), or sets its interval if it exists.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureAfterInterval(String name, int intervalSeconds) {
        upsert(em, name, intervalSeconds, NOW + " + make_interval(secs => ?2)", true).executeUpdate();
    }

    /**
     * The one write of a job's row: a new job is due at {@code dueAt} (an SQL expression; the database's clock, the
     * one {@link #runOne} compares with); an existing one takes the interval and keeps its due time, or — when
     * {@code pullForward} — takes the earlier of its own and {@code dueAt}.
     */
    private static Query upsert(EntityManager em, String name, int intervalSeconds, String dueAt, boolean pullForward) {
        return em.createNativeQuery("INSERT INTO monitor_job (name, due_at, interval_seconds) VALUES (?1, " + dueAt
                        + ", ?2) ON CONFLICT (name) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds"
                        + (pullForward ? ", due_at = least(monitor_job.due_at, EXCLUDED.due_at)" : ""))
                .setParameter(1, name).setParameter(2, intervalSeconds);
    }

    /** Removes the job (it is switched off), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remove(String name) {
        unschedule(em, name);
    }

    static void unschedule(EntityManager em, String name) {
        em.createNativeQuery("DELETE FROM monitor_job WHERE name = ?1").setParameter(1, name).executeUpdate();
    }

    static String node() {
        String name = System.getProperty("jboss.node.name", "node");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
