package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.exchangelog.control.BatchListener;
import vn.gov.haiphong.lgsp.exchangelog.control.ChainHead;
import vn.gov.haiphong.lgsp.exchangelog.control.ChainKey;
import vn.gov.haiphong.lgsp.exchangelog.control.CheckpointSchedule;
import vn.gov.haiphong.lgsp.exchangelog.control.Checkpoints;
import vn.gov.haiphong.lgsp.exchangelog.control.CommitDeadline;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeChain;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeLogWriter;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.exchangelog.control.GroupCommit;
import vn.gov.haiphong.lgsp.common.health.ExchangeLogState;

/**
 * The exchange log's entry: {@link #append} hands a record to this node's writer ({@link ExchangeLogWriter}: queue,
 * group commit, keyed hash chain) and answers a future that completes once the record is committed, or fails — also
 * when it is not committed within {@link #COMMIT_DEADLINE} ({@link CommitDeadline}) — so a caller may wait on it
 * without a timeout of its own and must fail its exchange when it fails (fail closed).
 *
 * <p>The chain is keyed ({@link ChainKey}; the server does not start without the key) and anchored outside the
 * database: every {@code lgsp.exchange-log.checkpoint-seconds} in which the chain grew, and when the node stops, the
 * writer appends a signed checkpoint of the node's head to its file in {@code lgsp.exchange-log.checkpoint-dir}
 * ({@link CheckpointSchedule}).
 *
 * <p>Whether exchanges are recorded at all is decided once, at start: {@code lgsp.exchange-log.enabled=false} (for
 * benchmarks only) makes {@link #append} complete at once without a record. Such a server says so at start and is not
 * ready (the log announces its {@link ExchangeLogState} to the readiness check in the EAR's lib); the setting is not
 * read again, so it cannot be switched on a running server.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeLog {

    private static final Logger LOG = Logger.getLogger(ExchangeLog.class.getName());

    /** The start-time switch: false records nothing (benchmarks only). */
    public static final String ENABLED = "lgsp.exchange-log.enabled";

    /**
     * Group commit under load ({@link GroupCommit}); a system property of this name overrides the configured value
     * on a running server (tuning: it changes when batches are taken, never what is recorded).
     */
    static final String COMMIT_DELAY = "lgsp.exchange-log.commit-delay-micros";

    /** How long a record may wait to be committed; its exchange fails after that (fail closed). */
    static final Duration COMMIT_DEADLINE = Duration.ofSeconds(10);

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @EJB
    ExchangeLogPartitions partitions;

    @Inject
    @Any
    Instance<BatchListener> listeners;

    @Inject
    Event<ExchangeLogState> announce;

    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "true")
    String enabledSetting;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.max-batch", defaultValue = "512")
    int maxBatch;

    @Inject
    @ConfigProperty(name = COMMIT_DELAY, defaultValue = "2000")
    int commitDelayMicros;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.commit-siblings", defaultValue = "4")
    int commitSiblings;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.key-file")
    Optional<String> keyFile;

    /** Default: {@code exchange-log/} in the server's data directory ({@code jboss.server.data.dir}). */
    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.checkpoint-dir")
    Optional<String> checkpointDir;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.checkpoint-seconds", defaultValue = "60")
    int checkpointSeconds;

    private final String node = nodeName();
    private boolean enabled;
    private ExchangeChain chain;
    private Checkpoints checkpoints;
    private ExchangeLogWriter writer;
    /** Chosen once at start: the writer's {@code append}, or an at-once completion when the log is off. */
    private Function<ExchangeRecord, CompletableFuture<Void>> appender;

    @PostConstruct
    void start() {
        enabled = enabled(enabledSetting);
        chain = new ExchangeChain(ChainKey.configured(key, keyFile));
        checkpoints = new Checkpoints(checkpointDir.map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "exchange-log")));
        try {
            checkpoints.open();
        } catch (IOException e) {
            throw new IllegalStateException("The exchange log's checkpoint directory cannot be used: " + e.getMessage(), e);
        }
        CheckpointSchedule schedule = new CheckpointSchedule(checkpoints, chain, node, Duration.ofSeconds(checkpointSeconds));
        partitions.ensure();
        compareWithLastCheckpoint(schedule);
        writer = new ExchangeLogWriter(dataSource, node, chain, listeners.stream().toList(), maxBatch,
                () -> new GroupCommit(Integer.getInteger(COMMIT_DELAY, commitDelayMicros), commitSiblings),
                new CommitDeadline(COMMIT_DEADLINE), schedule);
        if (enabled) {
            writer.start(threads);
            appender = writer::append;
        } else {
            appender = record -> CompletableFuture.completedFuture(null);
            LOG.warning(() -> "The exchange log is OFF (" + ENABLED + "=false at start): exchanges through this node are"
                    + " NOT recorded, although Quy chế Đ.11.5 requires every one to be. For benchmarks only;"
                    + " /health/ready reports DOWN. Restart without the setting to record exchanges.");
        }
        announce.fire(new ExchangeLogState(enabled, this::recording));
    }

    /**
     * Says loudly at start when the database's head of this node's chain is behind, or other than, its last
     * checkpoint: records were removed or the database was swapped while the node was down. The node still starts
     * (refusing would stop the gateway, not undo anything); the verifier keeps reporting it.
     */
    private void compareWithLastCheckpoint(CheckpointSchedule schedule) {
        try (Connection c = dataSource.getConnection()) {
            ChainHead stored = ChainHead.committed(c, node);
            schedule.aheadOf(stored).ifPresent(last -> LOG.severe(() -> "The exchange log of " + node
                    + " in the database ends at #" + stored.seq() + ", but its checkpoint in " + checkpoints.directory()
                    + " reached #" + last.seq() + ": records were removed or the database was replaced"
                    + " (GET /admin/v1/exchanges/verify)"));
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Could not compare the exchange log with its last checkpoint: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        writer.stop();
    }

    /**
     * Queues the record; the future completes when it is committed, or fails — also when it is not committed within
     * {@link #COMMIT_DEADLINE}. On the thread that completes it (the writer's, or the deadline's sweep), so a callback
     * hands work on and never blocks. With the log off (start-time setting) it completes at once.
     */
    public CompletableFuture<Void> append(ExchangeRecord record) {
        return appender.apply(record);
    }

    /** Whether this node records exchanges: started with the log on, and its writer running. */
    public boolean recording() {
        return enabled && writer.running();
    }

    /** Whether the log was on at start ({@value #ENABLED}). */
    public boolean enabled() {
        return enabled;
    }

    /** This node's writer as a watcher sees it (queue, commit time, failures); empty with the log off. */
    public Optional<ExchangeLogWriter.Health> writerHealth() {
        return enabled ? Optional.of(writer.health()) : Optional.empty();
    }

    /** The keyed chain, for the verifier. */
    public ExchangeChain chain() {
        return chain;
    }

    /** Where the checkpoints are, for the verifier. */
    public Checkpoints checkpoints() {
        return checkpoints;
    }

    /** The node whose chain this writer extends. */
    public String node() {
        return node;
    }

    /** The deadline's sweep, once a second for every waiting record ({@link CommitDeadline}). */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void expire() {
        writer.failOverdue();
    }

    /**
     * The switch's value: {@code true} or {@code false}, nothing else — a mistyped value stops the deployment rather
     * than be read as one or the other (MicroProfile Config reads any word but a few as false).
     */
    static boolean enabled(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(ENABLED + " is true (the default) or false (benchmarks only), not '"
                    + setting + "'");
        };
    }

    private static String nodeName() {
        String name = System.getProperty("jboss.node.name", "node");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
