package vn.gov.haiphong.lgsp.common.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.gov.haiphong.lgsp.common.JsonText;

/**
 * Reads the claims of an access token <em>that has already been validated</em> (by the container's
 * OIDC mechanism, or because the platform just obtained it from Keycloak itself). It checks nothing:
 * never call it on a token whose signature nobody verified.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** The token of an {@code Authorization: Bearer …} header, if that is what the header holds. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    public static JsonObject payload(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = JsonText.JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The caller a validated token names (by its raw payload; see {@link #caller(Function)}). */
    public static Caller caller(String token) {
        JsonObject claims = payload(token);
        return caller(name -> claims.get(name) instanceof JsonString s ? s.getString()
                : "realm_access".equals(name) && claims.get(name) instanceof JsonObject access
                && access.get("roles") instanceof JsonArray roles
                ? Map.of("roles", roles.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                : null);
    }

    /**
     * The caller named by the claims of a token a verifier has already parsed — the container's OIDC security
     * context or jose4j — as that library gives them: strings, and {@code realm_access} as a map whose
     * {@code roles} is a list. Only the platform's own roles ({@link Roles#ALL}) are kept.
     */
    public static Caller caller(Function<String, Object> claims) {
        String clientId = string(claims.apply("azp"));
        String name = Optional.ofNullable(string(claims.apply("preferred_username")))
                .filter(n -> !n.startsWith("service-account-"))
                .orElse(clientId);
        return new Caller(string(claims.apply("sub")), name, clientId, string(claims.apply("agency_code")),
                realmRoles(claims.apply("realm_access")));
    }

    private static Set<String> realmRoles(Object realmAccess) {
        Set<String> roles = new HashSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> listed) {
            for (Object role : listed) {
                if (role instanceof String s && Roles.ALL.contains(s)) {
                    roles.add(s);
                }
            }
        }
        return roles;
    }

    private static String string(Object claim) {
        return claim instanceof String s ? s : null;
    }
}
