package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Duration;
import java.util.Collection;
import java.util.Queue;

/**
 * How long a record may wait to be committed; past it, its future fails and so does its exchange (fail closed).
 * A record fails whether it is still queued (then it is never written: its exchange is refused) or in a batch the
 * database has not answered (if that batch commits later, the record is in the log although its exchange was
 * refused, as with any answer lost on the way). One sweep a second for all records, instead of a timer per exchange
 * ({@code CompletableFuture.orTimeout}): the JDK's delay queue wakes its thread whenever a new task is its earliest,
 * which at a low rate is every exchange.
 */
public final class CommitDeadline {

    private final Duration limit;
    private final long limitNanos;

    public CommitDeadline(Duration limit) {
        this.limit = limit;
        this.limitNanos = limit.toNanos();
    }

    /**
     * Fails every record older than the deadline at {@code nowNanos}: those in the batch being stored, and those
     * queued — oldest first, so the sweep stops at the first young enough.
     */
    void failOverdue(Collection<PendingRecord> inFlight, Queue<PendingRecord> queue, long nowNanos) {
        for (PendingRecord p : inFlight) {
            if (overdue(p, nowNanos)) {
                fail(p);
            }
        }
        for (PendingRecord p : queue) {
            if (!overdue(p, nowNanos)) {
                break;
            }
            if (queue.remove(p)) {
                fail(p);
            }
        }
    }

    private boolean overdue(PendingRecord p, long nowNanos) {
        return nowNanos - p.queuedNanos() > limitNanos;
    }

    private void fail(PendingRecord p) {
        p.stored().completeExceptionally(new IllegalStateException("not committed in " + limit.toSeconds() + " s"));
    }
}
