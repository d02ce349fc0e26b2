package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.http.CredentialGuard;
import vn.gov.haiphong.lgsp.web.common.Problems;
import vn.gov.haiphong.lgsp.web.security.EndpointAuthorizationFilter;

/** The {@link CredentialGuard}'s refusals as problem+json, written on the I/O thread. */
final class ProblemRefusal implements CredentialGuard.Refusal {

    @Override
    public void send(HttpServerExchange exchange, LgspException refusal) {
        Language language = Language.fromAcceptLanguage(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
        byte[] json = Problems.json(refusal, language, exchange.getRequestPath());
        int status = refusal.code().httpStatus();
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, Problems.MEDIA_TYPE);
        exchange.getResponseHeaders().put(Headers.CONTENT_LANGUAGE, language.locale().getLanguage());
        if (status == 401) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, EndpointAuthorizationFilter.INVALID_REQUEST_CHALLENGE);
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(json));
    }
}
