package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.haiphong.lgsp.web.gateway.RestExchange;

/**
 * Routes the edge's two paths — REST gateway exchanges and code-list reads — and lets everything else
 * through. Beans are looked up on first use: the handler is built while the deployment starts, before CDI
 * serves requests.
 */
final class EdgeHandler implements HttpHandler {

    private static final String CODE_LISTS = "/api/v1/code-lists/";

    private final HttpHandler next;
    private volatile RestExchange gateway;
    private volatile CachedReads reads;

    EdgeHandler(HttpHandler next) {
        this.next = next;
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
        CachedReads bean = reads;
        if (bean == null) {
            bean = CDI.current().select(CachedReads.class).get();
            reads = bean;
        }
        return bean;
    }
}
