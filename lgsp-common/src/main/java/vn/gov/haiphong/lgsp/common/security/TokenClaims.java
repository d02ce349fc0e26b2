package vn.gov.haiphong.lgsp.common.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The platform's {@link Caller} from the claims of an access token <em>a verifier has already parsed</em> (the
 * container's OIDC security context, or jose4j in {@code security.control.BearerTokens}). It decodes no token
 * itself: what a header holds is never read as claims.
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
