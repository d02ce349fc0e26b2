package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.haiphong.lgsp.common.cdi.LazyBean;
import vn.gov.haiphong.lgsp.web.gateway.RestExchange;

/**
 * Routes the edge's two paths — REST gateway exchanges and code-list reads — and lets everything else
 * through. Beans are looked up on first use ({@link LazyBean}).
 */
final class EdgeHandler implements HttpHandler {

    static final String CODE_LISTS = "/api/v1/code-lists/";

    private final HttpHandler next;
    private final LazyBean<CachedReads> reads;
    private final LazyBean<RestExchange> gateway = new LazyBean<>(() -> CDI.current().select(RestExchange.class).get());

    /** @param reads shared with the {@link KnownAnswerHandler} in front, which uses it once it is looked up here */
    EdgeHandler(HttpHandler next, LazyBean<CachedReads> reads) {
        this.next = next;
        this.reads = reads;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        if (RestExchange.isExchange(path)) {
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            gateway.get().exchange((HttpServletRequest) context.getServletRequest(),
                    (HttpServletResponse) context.getServletResponse());
        } else if (path.startsWith(CODE_LISTS) && Methods.GET.equals(exchange.getRequestMethod())) {
            reads.get().serve(exchange, next);
        } else {
            next.handleRequest(exchange);
        }
    }
}
