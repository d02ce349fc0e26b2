package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.haiphong.lgsp.codelist.control.PublishedAnswers;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.http.DataUseTracking;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;
import vn.gov.haiphong.lgsp.web.monitoring.ReadApiUse;

/**
 * Code-list reads answered from {@link PublishedAnswers}: a read with a valid token whose exact request
 * (path, query, Accept, Accept-Language) was answered before gets the same answer again — or 304 when its
 * {@code If-None-Match} names the answer's ETag — without going through security, JAX-RS or the database.
 * Every other read (no valid token, not kept yet, not usable now) goes through the normal chain, and a
 * successful answer is kept on the way out. A read whose token and answer are both known already is
 * answered earlier still, on the I/O thread ({@link #answerKnown}, from {@link KnownAnswerHandler}). Code-list reads are the same for every authenticated caller,
 * which is what makes one kept answer right for all of them.
 */
@ApplicationScoped
public class CachedReads {

    private static final List<HttpString> REPLAYED = List.of(Headers.CONTENT_TYPE, Headers.ETAG, Headers.CACHE_CONTROL,
            Headers.CONTENT_DISPOSITION, Headers.CONTENT_LANGUAGE, Headers.VARY);

    @Inject
    PublishedAnswers answers;

    @Inject
    BearerTokens tokens;

    @Inject
    DataUseRecorder recorder;

    void serve(HttpServerExchange exchange, HttpHandler next) throws Exception {
        HeaderMap request = exchange.getRequestHeaders();
        Optional<Caller> caller = answers.usable() ? tokens.fromAuthorization(request.getFirst(Headers.AUTHORIZATION))
                : Optional.empty();
        if (caller.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        countUse(exchange, caller.get());
        String key = key(exchange);
        PublishedAnswers.Answer kept = answers.get(key);
        if (kept != null) {
            replay(exchange, kept);
            return;
        }
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        long generation = answers.generation();
        CapturingResponse capture = new CapturingResponse((HttpServletResponse) context.getServletResponse(),
                answers.maxBytes());
        context.setServletResponse(capture);
        next.handleRequest(exchange);
        byte[] body = capture.captured();
        String etag = exchange.getResponseHeaders().getFirst(Headers.ETAG);
        if (exchange.getStatusCode() == 200 && body != null && etag != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpString name : REPLAYED) {
                String value = exchange.getResponseHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name.toString(), value);
                }
            }
            answers.keep(key, generation, headers, body, etag);
        }
    }

    /**
     * Answers a read on the I/O thread that received it, when both its token and its answer are already
     * known — no worker thread, no servlet objects, no blocking; false (and nothing done) otherwise.
     */
    boolean answerKnown(HttpServerExchange exchange) {
        HeaderMap request = exchange.getRequestHeaders();
        if (!answers.usable()) {
            return false;
        }
        Optional<Caller> caller = tokens.known(request.getFirst(Headers.AUTHORIZATION));
        PublishedAnswers.Answer kept = caller.isEmpty() ? null : answers.get(key(exchange));
        if (kept == null) {
            return false;
        }
        countUse(exchange, caller.get());
        replay(exchange, kept);
        return true;
    }

    /** A system's read counts as data use (Quy chế Đ.11.5) once its answer is sent; before anything is sent. */
    private void countUse(HttpServerExchange exchange, Caller caller) {
        DataUseTracking.track(exchange, caller, DataUseRecorder.Protocol.REST, ReadApiUse::resource, recorder);
    }

    /** What makes two reads the same read: path, query, and the headers that choose the answer's form. */
    private static String key(HttpServerExchange exchange) {
        HeaderMap request = exchange.getRequestHeaders();
        return exchange.getRelativePath() + '?' + exchange.getQueryString() + '\n'
                + request.getFirst(Headers.ACCEPT) + '\n' + request.getFirst(Headers.ACCEPT_LANGUAGE);
    }

    /**
     * The kept answer — or 304 when {@code If-None-Match} names its ETag — written to the exchange itself,
     * which works on the I/O thread and, through the servlet's blocking stream, on a worker thread alike.
     */
    private static void replay(HttpServerExchange exchange, PublishedAnswers.Answer kept) {
        HeaderMap response = exchange.getResponseHeaders();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null && EntityTags.anyMatches(ifNoneMatch, kept.etag())) {
            exchange.setStatusCode(HttpServletResponse.SC_NOT_MODIFIED);
            response.put(Headers.ETAG, kept.etag());
            String cacheControl = kept.headers().get(Headers.CACHE_CONTROL_STRING);
            if (cacheControl != null) {
                response.put(Headers.CACHE_CONTROL, cacheControl);
            }
            exchange.endExchange();
            return;
        }
        kept.headers().forEach((name, value) -> response.put(HttpString.tryFromString(name), value));
        response.put(Headers.CONTENT_LENGTH, kept.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(kept.body()));
    }
}
