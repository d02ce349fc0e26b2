package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.exchangelog.control.BatchListener;
import vn.gov.haiphong.lgsp.exchangelog.control.ChainKey;
import vn.gov.haiphong.lgsp.exchangelog.control.Checkpoint;
import vn.gov.haiphong.lgsp.exchangelog.control.Checkpoints;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeChain;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.exchangelog.control.GroupCommit;

/**
 * Writes exchange records with group commit: callers hand a record over and wait for its future — or, as the
 * gateways do, are called back when it completes, on the thread that completes it: this writer's, or the expiry
 * check's ({@link #expire}) — so a callback hands work on and never blocks; one writer thread per node takes everything waiting (up to {@code lgsp.exchange-log.max-batch}) and
 * stores it in one statement — one commit, one fsync — chaining each record to the node's previous
 * one. A record's future completes only once it is committed; if the batch fails, every future in it
 * fails and the caller must fail its exchange (fail closed). Durability costs each exchange the
 * wait for the next commit, not throughput; under load the writer waits a little before each batch
 * ({@link GroupCommit}) so that many exchanges share one commit.
 *
 * <p>The chain is keyed ({@link ChainKey}; the server does not start without the key) and anchored outside the
 * database: every {@code lgsp.exchange-log.checkpoint-seconds} in which the chain grew, and when the node stops, the
 * writer appends a signed {@link Checkpoint} of the node's head to its file in {@code lgsp.exchange-log.checkpoint-dir}
 * ({@link Checkpoints}). A checkpoint that cannot be written is logged and retried; it never fails an exchange.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeLog {

    private static final Logger LOG = Logger.getLogger(ExchangeLog.class.getName());

    private static final String INSERT = "WITH rows AS (INSERT INTO exchange_log (received_at, node, node_seq, xroad_id,"
            + " request_id, protocol, client, service, method, operation, user_id, issue, status, error_code,"
            + " request_bytes, response_bytes, request_sha256, response_sha256, forwarded_at, answered_at, prev_hash, hash,"
            + " request_body, response_body)"
            + " SELECT r::timestamptz, ?, s, x, q, p, c, v, m, o, u, i, st, e, rb, sb, rh, sh, f::timestamptz,"
            + " a::timestamptz, ph, h, qb, ab FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::bigint[], ?::bigint[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[])"
            + " AS t(r, s, x, q, p, c, v, m, o, u, i, st, e, rb, sb, rh, sh, f, a, ph, h, qb, ab))"
            + " INSERT INTO exchange_log_head (node, last_seq, last_hash) VALUES (?, ?, ?)"
            + " ON CONFLICT (node) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash";
    /** The array types of the 23 unnest(…) columns above, in order. */
    private static final String[] COLUMN_TYPES = {"text", "int8", "text", "text", "text", "text", "text", "text", "text",
        "text", "text", "int4", "text", "int8", "int8", "text", "text", "text", "text", "text", "text", "bytea", "bytea"};

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    /** What is kept with the log (statistics, metrics): called with each batch, in its transaction. */
    @Inject
    @Any
    Instance<BatchListener> listenerBeans;

    private List<BatchListener> listeners = List.of();

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.max-batch", defaultValue = "512")
    int maxBatch;

    /**
     * Group commit under load ({@link GroupCommit}); a system property of this name overrides the configured
     * value on a running server (benchmarks, tuning).
     */
    static final String COMMIT_DELAY = "lgsp.exchange-log.commit-delay-micros";

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

    /**
     * Benchmarks only (the log-on/log-off ratio): read on every call, so that it can be switched on a running
     * server as a system property ({@code /system-property=lgsp.exchange-log.enabled:add(value=false)}).
     */
    static final String ENABLED = "lgsp.exchange-log.enabled";

    /** How long a record may wait to be committed; its exchange fails after that (fail closed). */
    private static final int COMMIT_TIMEOUT_SECONDS = 10;

    private final String node = nodeName();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** The batch the writer is storing now (empty between batches): what {@link #expire} checks besides the queue. */
    private volatile List<Pending> inFlight = List.of();
    private volatile boolean running;
    private Thread writer;
    /** The last committed link of this node's chain; null: read it from the database first. */
    private Link head;
    /** The seq of the last checkpoint written, and when (the writer thread's own). */
    private long checkpointedSeq = -1;
    private long checkpointedNanos = System.nanoTime();
    private ExchangeChain chain;
    private Checkpoints checkpoints;

    private record Pending(ExchangeRecord record, CompletableFuture<Void> stored, long queuedNanos) {
    }

    /** A link of the chain: the record's seq, hash and reception time (null: none, or not known). */
    private record Link(long seq, String hash, Instant receivedAt) {
    }

    @PostConstruct
    void start() {
        chain = new ExchangeChain(ChainKey.configured(key, keyFile));
        checkpoints = new Checkpoints(checkpointDir.map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "exchange-log")));
        try {
            checkpoints.open();
        } catch (IOException e) {
            throw new IllegalStateException("The exchange log's checkpoint directory cannot be used: " + e.getMessage(), e);
        }
        ensurePartitions();
        compareWithLastCheckpoint();
        listeners = listenerBeans.stream().toList();
        running = true;
        writer = threads.newThread(this::write);
        writer.setName("lgsp-exchange-log");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Says loudly at start when the database's head of this node's chain is behind, or other than, its last
     * checkpoint: records were removed or the database was swapped while the node was down. The node still starts
     * (refusing would stop the gateway, not undo anything); the verifier keeps reporting it.
     */
    private void compareWithLastCheckpoint() {
        try (Connection c = dataSource.getConnection()) {
            Link stored = committedHead(c);
            checkpoints.read().checkpoints().stream()
                    .filter(k -> k.node().equals(node) && k.signedBy(chain))
                    .max(Comparator.comparingLong(Checkpoint::seq))
                    .filter(last -> last.seq() > stored.seq() || last.seq() == stored.seq() && !last.hash().equals(stored.hash()))
                    .ifPresent(last -> LOG.severe(() -> "The exchange log of " + node + " in the database ends at #"
                            + stored.seq() + ", but its checkpoint in " + checkpoints.directory() + " reached #"
                            + last.seq() + ": records were removed or the database was replaced (GET /admin/v1/exchanges/verify)"));
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Could not compare the exchange log with its last checkpoint: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(2000); // its last checkpoint
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.stored.completeExceptionally(new IllegalStateException("the exchange log is stopping")));
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

    /**
     * Queues the record; the future completes when it is committed, or fails — also when it is not committed
     * within {@value #COMMIT_TIMEOUT_SECONDS} s ({@link #expire}), so a caller may wait on it without a timeout of
     * its own. With {@code lgsp.exchange-log.enabled=false} (benchmarks only: log-on/log-off ratio) it completes at once.
     */
    public CompletableFuture<Void> append(ExchangeRecord record) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if ("false".equals(System.getProperty(ENABLED))) {
            stored.complete(null);
            return stored;
        }
        if (!running) {
            stored.completeExceptionally(new IllegalStateException("the exchange log is stopped"));
            return stored;
        }
        queue.add(new Pending(record, stored, System.nanoTime()));
        return stored;
    }

    /** This month's and next month's partitions exist before they are needed (at start and every 6 hours). */
    @Schedule(hour = "*/6", persistent = false)
    public void ensurePartitions() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT lgsp_exchange_log_partition(current_date),"
                    + " lgsp_exchange_log_partition((current_date + interval '1 month')::date)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not ensure exchange-log partitions: " + e.getMessage());
        }
    }

    private void write() {
        int last = 0;
        while (running) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    last = 0;
                    checkpoint(false);
                    continue;
                }
                long delay = new GroupCommit(Integer.getInteger(COMMIT_DELAY, commitDelayMicros), commitSiblings)
                        .delayNanos(last);
                if (delay > 0) {
                    LockSupport.parkNanos(delay); // more records arrive meanwhile: one commit and fsync for all
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                last = batch.size();
                inFlight = batch;
                store(batch);
                batch.forEach(p -> p.stored.complete(null));
                checkpoint(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                batch.forEach(p -> p.stored.completeExceptionally(e));
            } catch (SQLException | RuntimeException e) {
                head = null; // what was committed is read again before the next batch
                LOG.log(Level.WARNING, "Exchange log batch of " + batch.size() + " not stored: " + e.getMessage());
                batch.forEach(p -> p.stored.completeExceptionally(e));
            } finally {
                inFlight = List.of();
            }
        }
        boolean interrupted = Thread.interrupted(); // an interrupted thread cannot write to a FileChannel
        checkpoint(true);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Appends a checkpoint of the committed head when the chain grew since the last one and the interval has passed
     * (or the node stops). Runs on the writer thread, which alone moves the head.
     */
    private void checkpoint(boolean now) {
        Link link = head;
        if (link == null || link.seq() == checkpointedSeq || link.receivedAt() == null
                || !now && System.nanoTime() - checkpointedNanos < TimeUnit.SECONDS.toNanos(checkpointSeconds)) {
            return;
        }
        try {
            checkpoints.append(new Checkpoint(node, link.seq(), link.hash(), link.receivedAt(), Instant.now(), null)
                    .signedWith(chain));
            checkpointedSeq = link.seq();
            checkpointedNanos = System.nanoTime();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Exchange-log checkpoint of " + node + " #" + link.seq() + " not written to "
                    + checkpoints.directory() + ": " + e.getMessage());
        }
    }

    /**
     * Fails every record that has waited longer than {@value #COMMIT_TIMEOUT_SECONDS} s — queued (then it is not
     * written: its exchange is refused) or in a batch the database has not answered (if that batch commits later, the
     * record is in the log although its exchange was refused, as with any answer lost on the way). One check a
     * second for all records, instead of a timer per exchange ({@code CompletableFuture.orTimeout}): the JDK's delay
     * queue wakes its thread whenever a new task is its earliest, which at a low rate is every exchange.
     */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void expire() {
        long now = System.nanoTime();
        long limit = TimeUnit.SECONDS.toNanos(COMMIT_TIMEOUT_SECONDS);
        for (Pending p : inFlight) {
            if (now - p.queuedNanos() > limit) {
                expired(p);
            }
        }
        for (Pending p : queue) { // oldest first: stop at the first young enough
            if (now - p.queuedNanos() <= limit) {
                break;
            }
            if (queue.remove(p)) {
                expired(p);
            }
        }
    }

    private static void expired(Pending p) {
        p.stored().completeExceptionally(new IllegalStateException("not committed in " + COMMIT_TIMEOUT_SECONDS + " s"));
    }

    private void store(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // the records and what the listeners keep with them commit together
            try {
                insert(batch, c);
                List<ExchangeRecord> records = batch.stream().map(Pending::record).toList();
                for (BatchListener listener : listeners) {
                    listener.written(records, c);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Inserts the batch, chained to the node's head, and moves the head (reset by the caller if the batch fails). */
    private void insert(List<Pending> batch, Connection c) throws SQLException {
        Link link = head != null ? head : committedHead(c);
        int n = batch.size();
        Object[][] columns = new Object[COLUMN_TYPES.length][];
        for (int col = 0; col < columns.length; col++) {
            // the driver encodes a bytea[] parameter only from a byte[][] (a byte[] in an Object[] is not a bytea)
            columns[col] = "bytea".equals(COLUMN_TYPES[col]) ? new byte[n][] : new Object[n];
        }
        long seq = link.seq();
        String hash = link.hash();
        Instant receivedAt = link.receivedAt();
        for (int i = 0; i < n; i++) {
            ExchangeRecord r = batch.get(i).record();
            seq++;
            String next = chain.hash(hash, node, seq, r);
            Object[] row = {text(r.receivedAt()), seq, r.xroadId(), r.requestId(), r.protocol(), r.client(),
                    r.service(), r.method(), r.operation(), r.userId(), r.issue(), r.status(), r.errorCode(),
                    r.requestBytes(), r.responseBytes(), r.requestSha256(), r.responseSha256(),
                    text(r.forwardedAt()), text(r.answeredAt()), hash, next, r.requestBody(), r.responseBody()};
            for (int col = 0; col < row.length; col++) {
                columns[col][i] = row[col];
            }
            hash = next;
            receivedAt = r.receivedAt();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, node);
            for (int col = 0; col < columns.length; col++) {
                insert.setArray(col + 2, c.createArrayOf(COLUMN_TYPES[col], columns[col]));
            }
            insert.setString(COLUMN_TYPES.length + 2, node);
            insert.setLong(COLUMN_TYPES.length + 3, seq);
            insert.setString(COLUMN_TYPES.length + 4, hash);
            insert.executeUpdate();
        }
        head = new Link(seq, hash, receivedAt);
    }

    private Link committedHead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM exchange_log_head WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Link(rs.getLong(1), rs.getString(2), null) : new Link(0, ExchangeChain.GENESIS, null);
            }
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String nodeName() {
        String name = System.getProperty("jboss.node.name", "node");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
