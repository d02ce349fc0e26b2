package vn.gov.haiphong.lgsp.exchangelog.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The exchange log's queue and its one writer thread per node, with group commit. Callers hand a record over and
 * get a future that completes once the record is committed — on the thread that completes it: this writer's, or
 * the deadline's sweep ({@link #failOverdue}) — so a callback hands work on and never blocks. The writer takes
 * everything waiting (up to {@code maxBatch}), chains it to the node's head ({@link ChainHead#extend}) and stores it
 * in one statement ({@link ExchangeLogInsert}) — one commit, one fsync. If the batch fails, every future in it
 * fails and the caller must fail its exchange (fail closed). Under load the writer waits a little before each batch
 * ({@link GroupCommit}) so that many exchanges share one commit.
 *
 * <p>The {@link BatchListener}s are called with each batch after its insert and before its commit, on the same
 * connection, in one transaction: what they write commits with the records, and a listener that throws fails the
 * batch as a failed insert does. With no listener the insert is its own transaction (one round trip).
 */
public final class ExchangeLogWriter {

    private static final Logger LOG = Logger.getLogger(ExchangeLogWriter.class.getName());

    private final DataSource dataSource;
    private final String node;
    private final ExchangeChain chain;
    private final List<BatchListener> listeners;
    private final int maxBatch;
    private final Supplier<GroupCommit> groupCommit;
    private final CommitDeadline deadline;
    private final CheckpointSchedule checkpoints;

    private final BlockingQueue<PendingRecord> queue = new LinkedBlockingQueue<>();
    /** The batch being stored now (empty between batches): what the deadline's sweep checks besides the queue. */
    private volatile List<PendingRecord> inFlight = List.of();
    private volatile boolean running;
    private Thread thread;
    /** The last committed link of the node's chain; null: read it from the database before the next batch. */
    private ChainHead head;
    /** How long the last stored batch took, from its connection to its commit. */
    private volatile long lastStoreNanos;
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    /**
     * The writer as a watcher sees it: records waiting, how long the oldest has waited (ms), how long the last batch
     * took to store (ms), and the batches that failed since start with the last failure.
     */
    public record Health(int queued, long oldestWaitMillis, long lastCommitMillis, long failedBatches,
                         Instant lastFailureAt, String lastFailure) {
    }

    public Health health() {
        long now = System.nanoTime();
        long oldest = 0;
        List<PendingRecord> storing = inFlight;
        PendingRecord first = storing.isEmpty() ? queue.peek() : storing.get(0);
        if (first != null) {
            oldest = Math.max(0, (now - first.queuedNanos()) / 1_000_000);
        }
        return new Health(queue.size() + storing.size(), oldest, lastStoreNanos / 1_000_000, failedBatches.get(),
                lastFailureAt, lastFailure);
    }

    /**
     * @param groupCommit asked before each batch, so that a tuning change takes effect on a running writer
     */
    public ExchangeLogWriter(DataSource dataSource, String node, ExchangeChain chain, List<BatchListener> listeners,
                             int maxBatch, Supplier<GroupCommit> groupCommit, CommitDeadline deadline,
                             CheckpointSchedule checkpoints) {
        this.dataSource = dataSource;
        this.node = node;
        this.chain = chain;
        this.listeners = List.copyOf(listeners);
        this.maxBatch = maxBatch;
        this.groupCommit = groupCommit;
        this.deadline = deadline;
        this.checkpoints = checkpoints;
    }

    public void start(ThreadFactory threads) {
        running = true;
        thread = threads.newThread(this::write);
        thread.setName("lgsp-exchange-log");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the writer (after its last checkpoint, up to 2 s) and fails every record still queued. */
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<PendingRecord> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("the exchange log is stopping")));
    }

    /** Whether the writer takes records: started and not stopped. */
    public boolean running() {
        return running;
    }

    /** Queues the record; the future completes when it is committed, or fails (also past the deadline). */
    public CompletableFuture<Void> append(ExchangeRecord record) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (!running) {
            stored.completeExceptionally(new IllegalStateException("the exchange log is stopped"));
            return stored;
        }
        queue.add(new PendingRecord(record, stored, System.nanoTime()));
        return stored;
    }

    /** Fails every record that has waited past the deadline ({@link CommitDeadline}). */
    public void failOverdue() {
        deadline.failOverdue(inFlight, queue, System.nanoTime());
    }

    private void write() {
        int last = 0;
        while (running) {
            List<PendingRecord> batch = new ArrayList<>();
            try {
                PendingRecord first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    last = 0;
                    checkpoints.offer(head, false);
                    continue;
                }
                long delay = groupCommit.get().delayNanos(last);
                if (delay > 0) {
                    LockSupport.parkNanos(delay); // more records arrive meanwhile: one commit and fsync for all
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                last = batch.size();
                inFlight = batch;
                long started = System.nanoTime();
                store(batch);
                lastStoreNanos = System.nanoTime() - started;
                batch.forEach(p -> p.stored().complete(null));
                checkpoints.offer(head, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } catch (SQLException | RuntimeException e) {
                head = null; // what was committed is read again before the next batch
                failedBatches.incrementAndGet();
                lastFailureAt = Instant.now();
                lastFailure = String.valueOf(e.getMessage());
                LOG.log(Level.WARNING, "Exchange log batch of " + batch.size() + " not stored: " + e.getMessage());
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                inFlight = List.of();
            }
        }
        boolean interrupted = Thread.interrupted(); // an interrupted thread cannot write to a FileChannel
        checkpoints.offer(head, true);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void store(List<PendingRecord> batch) throws SQLException {
        List<ExchangeRecord> records = batch.stream().map(PendingRecord::record).toList();
        try (Connection c = dataSource.getConnection()) {
            List<ChainedRecord> rows = (head != null ? head : ChainHead.committed(c, node)).extend(records, chain, node);
            if (listeners.isEmpty()) {
                ExchangeLogInsert.execute(c, node, rows);
            } else {
                storeWithListeners(c, rows, records);
            }
            head = ChainHead.of(rows.get(rows.size() - 1));
        }
    }

    private void storeWithListeners(Connection c, List<ChainedRecord> rows, List<ExchangeRecord> records)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            ExchangeLogInsert.execute(c, node, rows);
            for (BatchListener listener : listeners) {
                listener.written(records, c);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        c.setAutoCommit(true);
    }
}
