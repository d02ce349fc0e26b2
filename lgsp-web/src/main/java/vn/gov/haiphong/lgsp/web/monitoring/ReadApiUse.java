package vn.gov.haiphong.lgsp.web.monitoring;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import vn.gov.haiphong.lgsp.http.DataUseTracking;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Counts reads of the REST read API ({@code GET /api/v1/…}) by systems (Quy chế Đ.11.5), once the caller is known
 * (after {@code EndpointAuthorizationFilter}); code-list reads answered at the edge are counted there
 * ({@code edge.CachedReads}). What was read is the path's first segment — {@code agencies}, {@code services},
 * {@code systems}, {@code code-lists} — and, for a code list, its code ({@code code-lists/dan-toc}): only answered
 * reads count, so every name is one the registry holds.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ReadApiUse implements ContainerRequestFilter {

    static final String PREFIX = "/api/v1/";

    @Inject
    CurrentCaller caller;

    @Inject
    DataUseRecorder recorder;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !DataUseRecorder.counts(caller.get())) {
            return;
        }
        ServletRequestContext context = ServletRequestContext.current();
        HttpServerExchange exchange = context == null ? null : context.getExchange();
        if (exchange != null && exchange.getRelativePath().startsWith(PREFIX)) {
            DataUseTracking.track(exchange, caller.get(), DataUseRecorder.Protocol.REST, ReadApiUse::resource, recorder);
        }
    }

    /** What a read of the read API read: {@code code-lists/{code}}, or the first segment after {@code /api/v1/}. */
    public static String resource(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            return null;
        }
        int first = path.indexOf('/', PREFIX.length());
        String collection = first < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), first);
        if (!"code-lists".equals(collection) || first < 0 || first + 1 == path.length()) {
            return collection;
        }
        int second = path.indexOf('/', first + 1);
        String code = second < 0 ? path.substring(first + 1) : path.substring(first + 1, second);
        String resource = collection + "/" + code;
        return resource.length() > 255 ? resource.substring(0, 255) : resource;
    }
}
