package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** Records past the deadline fail, queued or in flight; younger ones wait on; the overdue leave the queue. */
class CommitDeadlineTest {

    private static final long SECOND = 1_000_000_000L;

    private static PendingRecord queuedAt(long nanos) {
        return new PendingRecord(ExchangeLogInsertTest.record("x" + nanos, null), new CompletableFuture<>(), nanos);
    }

    @Test
    void overdueRecordsFailAndLeaveTheQueueYoungerOnesStay() {
        PendingRecord inFlightOld = queuedAt(0);
        PendingRecord inFlightYoung = queuedAt(14 * SECOND);
        PendingRecord old = queuedAt(SECOND);
        PendingRecord atTheLimit = queuedAt(5 * SECOND);
        PendingRecord young = queuedAt(12 * SECOND);
        LinkedBlockingQueue<PendingRecord> queue = new LinkedBlockingQueue<>(List.of(old, atTheLimit, young));

        new CommitDeadline(Duration.ofSeconds(10)).failOverdue(List.of(inFlightOld, inFlightYoung), queue, 15 * SECOND);

        assertTrue(inFlightOld.stored().isCompletedExceptionally());
        assertFalse(inFlightYoung.stored().isDone());
        assertTrue(old.stored().isCompletedExceptionally());
        assertFalse(atTheLimit.stored().isDone(), "exactly at the deadline is not past it");
        assertFalse(young.stored().isDone());
        assertEquals(List.of(atTheLimit, young), List.copyOf(queue));
    }
}
