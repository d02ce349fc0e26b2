package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Methods;
import vn.gov.haiphong.lgsp.common.cdi.LazyBean;

/**
 * The cheapest answer the platform gives: a code-list read whose token was verified before and whose
 * answer is kept, answered on the I/O thread that read it — before the worker-thread dispatch, the
 * servlet objects and the request context. Anything else goes on unchanged (to the {@link EdgeHandler}
 * and the normal chain), including every read until the first one has looked the bean up there.
 */
final class KnownAnswerHandler implements HttpHandler {

    private final HttpHandler next;
    private final LazyBean<CachedReads> reads;

    KnownAnswerHandler(HttpHandler next, LazyBean<CachedReads> reads) {
        this.next = next;
        this.reads = reads;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        CachedReads kept = reads.ifLookedUp();
        if (kept != null && Methods.GET.equals(exchange.getRequestMethod())
                && exchange.getRelativePath().startsWith(EdgeHandler.CODE_LISTS) && kept.answerKnown(exchange)) {
            return;
        }
        next.handleRequest(exchange);
    }
}
