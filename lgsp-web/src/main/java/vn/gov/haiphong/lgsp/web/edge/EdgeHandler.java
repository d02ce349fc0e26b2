package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import vn.gov.haiphong.lgsp.web.gateway.RestExchange;

/**
 * Routes the edge's two paths — REST gateway exchanges and code-list reads — and lets everything else
 * through. Beans are looked up on first use: the handler is built while the deployment starts, before CDI
 * serves requests.
 */
final class EdgeHandler implements HttpHandler {

    static final String CODE_LISTS = "/api/v1/code-lists/";

    private final HttpHandler next;
    private final AtomicReference<CachedReads> reads;
    private volatile RestExchange gateway;

    /** @param reads shared with the {@link KnownAnswerHandler} in front, which can use it once it is set here */
    EdgeHandler(HttpHandler next, AtomicReference<CachedReads> reads) {
        this.next = next;
        this.reads = reads;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        if (RestExchange.isExchange(path)) {
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            gateway().exchange((HttpServletRequest) context.getServletRequest(),
                    (HttpServletResponse) context.getServletResponse());
        } else if (path.startsWith(CODE_LISTS) && Methods.GET.equals(exchange.getRequestMethod())) {
            reads().serve(exchange, next);
        } else {
            next.handleRequest(exchange);
        }
    }

    private RestExchange gateway() {
        RestExchange bean = gateway;
        if (bean == null) {
            bean = CDI.current().select(RestExchange.class).get();
            gateway = bean;
        }
        return bean;
    }

    private CachedReads reads() {
        CachedReads bean = reads.get();
        if (bean == null) {
            bean = CDI.current().select(CachedReads.class).get();
            reads.set(bean);
        }
        return bean;
    }
}
