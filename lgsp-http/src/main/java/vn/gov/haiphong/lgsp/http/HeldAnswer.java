package vn.gov.haiphong.lgsp.http;

import io.undertow.io.AsyncSenderImpl;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An answer read whole and held until something it depends on is done — in the gateways, until its
 * exchange record is committed — released without keeping a thread waiting: the request's worker thread
 * sets the status and headers, hands the body over and goes back to the pool; when the commit completes,
 * the connection's I/O thread sends the body without blocking (a slow client stalls nothing) and ends the
 * exchange. Why: a worker parked on every commit and woken after it cost each exchange context switches and a
 * pooled thread; releasing it gave ~1.2× the logged throughput (docs/performance.md). Not sent by the
 * completing thread itself (the exchange log's single writer): that was measured slower, the next commit then
 * waiting behind the batch's socket writes.
 *
 * <p>If the awaited step fails, {@code failed} runs on a worker thread with the servlet request and response
 * still open — it may block (log the failure, write the refusal) — and the exchange ends after it as any
 * servlet request does. Only an exchange whose request body has been read to its end is released this way
 * ({@link #releasable}); draining a body is blocking work.
 */
public final class HeldAnswer {

    private static final Logger LOG = Logger.getLogger(HeldAnswer.class.getName());

    private HeldAnswer() {
    }

    /** What answers instead when the awaited step failed: on a worker thread, through the servlet response. */
    @FunctionalInterface
    public interface Failed {
        void answer() throws IOException;
    }

    /** Whether the current request can end without a thread: its body is read to the end. */
    public static boolean releasable() {
        return ServletRequestContext.requireCurrent().getExchange().isRequestComplete();
    }

    /**
     * Sends {@code body} once {@code done} completes normally; runs {@code failed} (on a worker thread) if it
     * fails. Call from the request's own thread, as its last act, with the status and headers set and nothing
     * written yet.
     */
    public static void release(CompletableFuture<?> done, byte[] body, Failed failed) {
        ServletRequestContext context = ServletRequestContext.requireCurrent();
        HttpServerExchange exchange = context.getExchange();
        // Dispatched: the servlet layer leaves the response open; the task runs once the request's call returns.
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> done.whenComplete((ok, failure) -> guarded(exchange, () -> {
            if (failure == null) {
                exchange.getIoThread().execute(() -> guarded(exchange, () -> send(exchange, body)));
            } else {
                exchange.getConnection().getWorker().execute(() -> fail(context, failed));
            }
        })));
    }

    private static void send(HttpServerExchange exchange, byte[] body) {
        Sender sender = new AsyncSenderImpl(exchange); // not exchange.getResponseSender(): the servlet's is blocking
        sender.send(ByteBuffer.wrap(body), new IoCallback() {
            @Override
            public void onComplete(HttpServerExchange x, Sender s) {
                // shut down and flushed, the response is complete and the servlet's own close has nothing to do
                s.close(IoCallback.END_EXCHANGE);
            }

            @Override
            public void onException(HttpServerExchange x, Sender s, IOException e) {
                close(x); // the client went away: nothing more to send it
                x.endExchange();
            }
        });
    }

    private static void fail(ServletRequestContext context, Failed failed) {
        HttpServerExchange exchange = context.getExchange();
        Thread thread = Thread.currentThread();
        ClassLoader loader = thread.getContextClassLoader();
        thread.setContextClassLoader(HeldAnswer.class.getClassLoader());
        try {
            failed.answer();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not answer a failed exchange: " + e.getMessage(), e);
            close(exchange);
        } finally {
            thread.setContextClassLoader(loader);
            context.getOriginalResponse().responseDone();
            exchange.endExchange();
        }
    }

    /**
     * Runs a step of the release; if it throws (a server stopping, a class the I/O thread cannot load), the failure is
     * logged and the connection closed: no client waits for nothing.
     */
    private static void guarded(HttpServerExchange exchange, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Could not release an answer: " + e, e);
            close(exchange);
        }
    }

    private static void close(HttpServerExchange exchange) {
        try {
            exchange.getConnection().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a connection", e);
        }
    }
}
