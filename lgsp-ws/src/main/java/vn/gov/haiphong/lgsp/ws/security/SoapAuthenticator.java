package vn.gov.haiphong.lgsp.ws.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.TokenClaims;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;

/**
 * Names the caller of a SOAP request: the subject of a valid bearer token (verified once and remembered,
 * {@code security.control.BearerTokens} — the SOAP gateway runs before the container's security layer), or
 * the system whose Basic credentials Keycloak accepts. Anything else is refused: no token (401
 * {@code authentication-required}), a token that fails verification (401 {@code invalid-token}),
 * wrong Basic credentials (401 {@code invalid-credentials}, throttled to 429).
 */
@ApplicationScoped
public class SoapAuthenticator {

    /** The request attribute holding the authenticated {@link Caller}. */
    public static final String CALLER = Caller.class.getName();
    public static final String CHALLENGE = "Bearer realm=\"lgsp\", Basic realm=\"lgsp\", charset=\"UTF-8\"";

    @Inject
    BasicCredentialExchange basic;

    @Inject
    BearerTokens tokens;

    /** The caller the request guard authenticated for the SOAP request being answered. */
    public static Caller callerOf(WebServiceContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        Object caller = request == null ? null : request.getAttribute(CALLER);
        if (caller == null) {
            throw new LgspException(ErrorCode.AUTHENTICATION_REQUIRED);
        }
        return (Caller) caller;
    }

    public Caller authenticate(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        Optional<String> bearer = TokenClaims.bearerToken(authorization);
        if (bearer.isPresent()) {
            return tokens.verify(bearer.get()).orElseThrow(() -> new LgspException(ErrorCode.INVALID_TOKEN));
        }
        if (authorization == null || authorization.isBlank()) {
            throw new LgspException(ErrorCode.AUTHENTICATION_REQUIRED);
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new LgspException(ErrorCode.INVALID_TOKEN);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new LgspException(ErrorCode.INVALID_CREDENTIALS);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new LgspException(ErrorCode.INVALID_CREDENTIALS);
        }
        return basic.exchange(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
