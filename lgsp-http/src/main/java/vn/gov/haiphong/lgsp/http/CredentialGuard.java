package vn.gov.haiphong.lgsp.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.util.Optional;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * The first handler of each deployment that serves callers (installed as the outermost initial handler, on
 * the I/O thread, before any other edge handler, Elytron OIDC or a servlet): it refuses a request whose
 * credentials or headers could be read two ways.
 * <ul>
 *   <li>More than one {@code Authorization} header, or an {@code access_token} query parameter
 *       ({@code ambiguous-credentials}, 401). Elytron verifies one token (the first header that matches, or the
 *       query parameter) while any code reading "the" header may see another: a forged token beside a valid one
 *       must never reach a decision.</li>
 *   <li>A header value with a control character other than HTAB — a bare CR or LF, NUL
 *       ({@code invalid-header}, 400): what one parser reads as one value another splits in two, and the
 *       gateway passes headers on to providers.</li>
 * </ul>
 * The refusal is written by the deployment's own {@link Refusal} (problem+json for REST, a SOAP fault for SOAP).
 */
public final class CredentialGuard implements HttpHandler {

    /** The query parameter RFC 6750 §2.3 defines for a bearer token, which the platform never accepts. */
    public static final String QUERY_TOKEN = "access_token";

    /** Writes a refusal on the I/O thread and ends the exchange. */
    @FunctionalInterface
    public interface Refusal {
        void send(HttpServerExchange exchange, LgspException refusal);
    }

    private final HttpHandler next;
    private final Refusal refusal;

    public CredentialGuard(HttpHandler next, Refusal refusal) {
        this.next = next;
        this.refusal = refusal;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<LgspException> refused = check(exchange);
        if (refused.isPresent()) {
            refusal.send(exchange, refused.get());
            return;
        }
        next.handleRequest(exchange);
    }

    /** What is wrong with the request's credentials or headers, if anything. */
    static Optional<LgspException> check(HttpServerExchange exchange) {
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        if (authorization != null && authorization.size() > 1) {
            return Optional.of(new LgspException(ErrorCode.AMBIGUOUS_CREDENTIALS));
        }
        for (String name : exchange.getQueryParameters().keySet()) {
            if (QUERY_TOKEN.equalsIgnoreCase(name)) {
                return Optional.of(new LgspException(ErrorCode.AMBIGUOUS_CREDENTIALS));
            }
        }
        for (HeaderValues values : exchange.getRequestHeaders()) {
            for (String value : values) {
                if (!isClean(value)) {
                    return Optional.of(new LgspException(ErrorCode.INVALID_HEADER, values.getHeaderName().toString()));
                }
            }
        }
        return Optional.empty();
    }

    /** No control character but HTAB (RFC 9110 §5.5: CR, LF and NUL are never valid in a field value). */
    public static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
