package vn.gov.haiphong.lgsp.common.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    /** The caller a validated token names. */
    public static Caller caller(String token) {
        JsonObject claims = payload(token);
        String clientId = string(claims, "azp");
        String name = Optional.ofNullable(string(claims, "preferred_username"))
                .filter(n -> !n.startsWith("service-account-"))
                .orElse(clientId);
        return new Caller(string(claims, "sub"), name, clientId, string(claims, "agency_code"), realmRoles(claims));
    }

    private static Set<String> realmRoles(JsonObject claims) {
        Set<String> roles = new HashSet<>();
        JsonValue access = claims.get("realm_access");
        if (access instanceof JsonObject realmAccess && realmAccess.get("roles") instanceof JsonArray array) {
            for (JsonValue role : array) {
                if (role instanceof JsonString s && Roles.ALL.contains(s.getString())) {
                    roles.add(s.getString());
                }
            }
        }
        return roles;
    }

    private static String string(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
