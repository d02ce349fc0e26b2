package vn.gov.haiphong.lgsp.exchangelog.control;

import java.util.concurrent.CompletableFuture;

/** A record handed to the writer and not yet committed: its future and when it was queued ({@link System#nanoTime}). */
record PendingRecord(ExchangeRecord record, CompletableFuture<Void> stored, long queuedNanos) {
}
