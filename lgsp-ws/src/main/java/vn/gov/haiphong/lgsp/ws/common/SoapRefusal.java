package vn.gov.haiphong.lgsp.ws.common;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.http.CredentialGuard;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * The {@link CredentialGuard}'s refusals as SOAP faults of the version the request's content type names, written
 * on the I/O thread, always with HTTP 500 (WS-I Basic Profile R1126: client stacks read the fault of a 500, and
 * report only a failed call for a 401); an authentication failure still carries its challenge.
 */
public final class SoapRefusal implements CredentialGuard.Refusal {

    @Override
    public void send(HttpServerExchange exchange, LgspException refusal) {
        Language language = Language.fromAcceptLanguage(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
        boolean soap12 = Optional.ofNullable(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE))
                .map(type -> type.toLowerCase(Locale.ROOT).contains("application/soap+xml")).orElse(false);
        exchange.setStatusCode(RawFault.httpStatus(refusal.code()));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE,
                (soap12 ? "application/soap+xml" : "text/xml") + "; charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CONTENT_LANGUAGE, language.locale().getLanguage());
        if (refusal.code().httpStatus() == 401) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, SoapAuthenticator.CHALLENGE);
        }
        String xml = RawFault.xml(soap12, language.locale().getLanguage(), refusal.code(),
                Messages.title(language, refusal.code()), Messages.detail(language, refusal));
        exchange.getResponseSender().send(ByteBuffer.wrap(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
