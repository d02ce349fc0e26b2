package vn.gov.haiphong.lgsp.ws.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.Hashes;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;

/**
 * Exchanges a legacy SOAP caller's HTTP Basic credentials (client id, client secret) for an access
 * token with the client-credentials grant at Keycloak, and caches the result until shortly before
 * the token expires; the token is verified like any other ({@link BearerTokens}) before its claims are read. The
 * secret is kept nowhere: the cache is keyed by client id and a SHA-256 of
 * id and secret, so a wrong secret never matches a cached entry. The cache is asked first: a caller
 * whose credentials are cached is answered whatever anyone else is guessing. Failed exchanges are
 * throttled per credential and per client on this node ({@link CredentialThrottle}), without asking
 * Keycloak while they are held.
 */
@ApplicationScoped
public class BasicCredentialExchange {

    /** The longest a held credential waits (the Retry-After of a refusal). */
    public static final int WINDOW_SECONDS = CredentialThrottle.WINDOW_SECONDS;
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(BasicCredentialExchange.class.getName());

    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Clock clock = Clock.systemUTC();
    private final CredentialThrottle throttle = new CredentialThrottle(clock);

    @Inject
    BearerTokens bearer;

    @Inject
    @ConfigProperty(name = "lgsp.oidc.provider-url", defaultValue = "http://127.0.0.1:8280/realms/lgsp")
    String providerUrl;

    /** The caller these credentials name, or a refusal (invalid, throttled, Keycloak unreachable). */
    public Caller exchange(String clientId, String secret) {
        Instant now = clock.instant();
        String key = clientId + ":" + Hashes.sha256Hex(clientId + "\u0000" + secret);
        CachedToken cached = tokens.get(key);
        if (cached != null && cached.usableUntil().isAfter(now)) {
            return cached.caller();
        }
        Optional<Duration> wait = throttle.wait(clientId, key);
        if (wait.isPresent()) {
            throw new LgspException(ErrorCode.TOO_MANY_FAILED_ATTEMPTS, clientId, wait.get().toSeconds() + 1);
        }
        String token = requestToken(clientId, secret);
        if (token == null) {
            throttle.failed(clientId, key);
            throw new LgspException(ErrorCode.INVALID_CREDENTIALS);
        }
        // verified like any bearer token (signature, issuer, audience lgsp-api, expiry): a client of the realm
        // without the audience gets nothing
        BearerTokens.Verified verified = bearer.verified(token).orElseThrow(() -> new LgspException(ErrorCode.INVALID_TOKEN));
        throttle.succeeded(key);
        Caller caller = verified.caller();
        tokens.put(key, new CachedToken(caller, Instant.ofEpochMilli(verified.expiresAtMillis()).minus(EXPIRY_MARGIN)));
        tokens.values().removeIf(t -> t.usableUntil().isBefore(now));
        return caller;
    }

    /** The access token, or {@code null} when Keycloak refuses the credentials. */
    private String requestToken(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 400 || response.statusCode() == 401) {
                return null;
            }
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Token endpoint answered " + response.statusCode() + " for client " + clientId);
                throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
            }
            try (var reader = JsonText.JSON.createReader(new StringReader(response.body()))) {
                return reader.readObject().getString("access_token");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Token endpoint unreachable: " + e);
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    private record CachedToken(Caller caller, Instant usableUntil) {
    }
}
