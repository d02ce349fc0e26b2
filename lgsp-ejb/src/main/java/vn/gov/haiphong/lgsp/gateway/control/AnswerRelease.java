package vn.gov.haiphong.lgsp.gateway.control;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * An answer waiting for its exchange record: it may be released only once the record is stored
 * ({@link #stored}); if it cannot be, the exchange is refused instead ({@link #refuseInstead}) — fail closed.
 */
public final class AnswerRelease {

    /** Answers the log's failure in place of the held answer; the refusal is recorded by the pipeline. */
    @FunctionalInterface
    public interface Refusal {
        void answer() throws IOException;
    }

    private final CompletableFuture<Void> stored;
    private final Refusal refusal;

    AnswerRelease(CompletableFuture<Void> stored, Refusal refusal) {
        this.stored = stored;
        this.refusal = refusal;
    }

    /** Completes when the record is committed; fails when it cannot be. */
    public CompletableFuture<Void> stored() {
        return stored;
    }

    /** Waits for the commit; a log that cannot be written fails the exchange ({@code EXCHANGE_LOG_FAILED}). */
    public void await() {
        await(stored);
    }

    /** Waits for a record's commit; a log that cannot be written fails the exchange ({@code EXCHANGE_LOG_FAILED}). */
    static void await(CompletableFuture<Void> stored) {
        try {
            stored.get();
        } catch (ExecutionException e) {
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        }
    }

    /** The refusal of the log's failure, answered in place of the held answer. */
    public void refuseInstead() throws IOException {
        refusal.answer();
    }
}
