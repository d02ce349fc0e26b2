package vn.gov.haiphong.lgsp.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.TokenClaims;

/**
 * Verifies Keycloak access tokens the way the container's {@code elytron-oidc-client} does (RS256 with the
 * realm's published keys, issuer = the realm, not expired, audience {@code lgsp-api}, type Bearer), with
 * jose4j — the library WildFly itself ships for this — and remembers each verified token until it expires.
 * Equal token strings verify equally, so the remembered answer is the answer; a token that fails is not
 * remembered (it is refused again, at full cost). Used by the edge handlers that answer before the
 * container's security layer (the REST gateway, cached code-list reads, the SOAP gateway).
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    @ConfigProperty(name = "lgsp.oidc.provider-url", defaultValue = "http://127.0.0.1:8280/realms/lgsp")
    String issuer;

    @Inject
    @ConfigProperty(name = "lgsp.oidc.audience", defaultValue = "lgsp-api")
    String audience;

    @Inject
    @ConfigProperty(name = "lgsp.oidc.token-cache.entries", defaultValue = "10000")
    int maxEntries;

    private JwtConsumer consumer;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A verified token: the caller it names, and when it expires. */
    public record Verified(Caller caller, long expiresAtMillis) {
    }

    @PostConstruct
    void init() {
        String realm = issuer.replaceAll("/+$", "");
        // Keycloak publishes the realm's keys here; an unknown key id triggers one refetch (at most every 10 s).
        HttpsJwks keys = new HttpsJwks(realm + "/protocol/openid-connect/certs");
        keys.setDefaultCacheDuration(86_400);
        keys.setRefreshReprieveThreshold(10_000);
        keys.setRetainCacheOnErrorDuration(86_400);
        consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(0)
                .setExpectedIssuer(realm)
                .setExpectedAudience(audience)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** The caller a valid token names; empty when the token is not valid (now). */
    public Optional<Caller> verify(String token) {
        return verified(token).map(Verified::caller);
    }

    /** A valid token's caller and expiry; empty when the token is not valid (now). */
    public Optional<Verified> verified(String token) {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.expiresAtMillis()) {
                return Optional.of(known);
            }
            verified.remove(token);
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            if (!"Bearer".equalsIgnoreCase(claims.getClaimValueAsString("typ"))) {
                return Optional.empty();
            }
            Verified fresh = new Verified(TokenClaims.caller(claims::getClaimValue),
                    claims.getExpirationTime().getValueInMillis());
            remember(token, fresh, now);
            return Optional.of(fresh);
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            LOG.log(Level.FINE, "Bearer token refused", e);
            return Optional.empty();
        }
    }

    /**
     * The caller of a token verified before and not yet expired — a map lookup and nothing else (no key
     * fetch, no signature check), so it may be asked on an I/O thread; empty means "not known", not "invalid".
     */
    public Optional<Caller> known(String authorization) {
        Optional<String> token = TokenClaims.bearerToken(authorization);
        Verified known = token.isEmpty() ? null : verified.get(token.get());
        return known == null || System.currentTimeMillis() >= known.expiresAtMillis() ? Optional.empty()
                : Optional.of(known.caller());
    }

    /** The caller of an {@code Authorization} header holding a valid bearer token. */
    public Optional<Caller> fromAuthorization(String authorization) {
        return TokenClaims.bearerToken(authorization).flatMap(this::verify);
    }

    private void remember(String token, Verified entry, long now) {
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> v.expiresAtMillis() <= now);
            if (verified.size() >= maxEntries) {
                verified.clear(); // a flood of distinct tokens: start over rather than grow
            }
        }
        verified.put(token, entry);
    }
}
