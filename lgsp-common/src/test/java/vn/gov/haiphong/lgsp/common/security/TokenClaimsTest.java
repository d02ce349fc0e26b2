package vn.gov.haiphong.lgsp.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The caller of already-verified claims, as jose4j and the container's OIDC context give them. */
class TokenClaimsTest {

    @Test
    void anOfficersClaimsNameTheOfficerTheAgencyAndOnlyPlatformRoles() {
        Map<String, Object> claims = Map.of("sub", "u-1", "azp", "lgsp-portal", "preferred_username", "admin-yte",
                "agency_code", "H24.10", "realm_access", Map.of("roles", List.of("agency-admin", "offline_access",
                        "default-roles-lgsp")));
        Caller caller = TokenClaims.caller(claims::get);
        assertEquals("u-1", caller.subject());
        assertEquals("admin-yte", caller.name());
        assertEquals("H24.10", caller.agencyCode());
        assertEquals(java.util.Set.of(Roles.AGENCY_ADMIN), caller.roles());
    }

    @Test
    void aServiceAccountIsNamedByItsClientAndMalformedClaimsGiveNothing() {
        Caller system = TokenClaims.caller(Map.<String, Object>of("sub", "s-1", "azp", "H24.10/his",
                "preferred_username", "service-account-h24.10/his", "realm_access", Map.of("roles", List.of("system")))::get);
        assertEquals("H24.10/his", system.name());
        assertTrue(system.has(Roles.SYSTEM));
        Caller odd = TokenClaims.caller(Map.<String, Object>of("sub", "s-2", "agency_code", List.of("H24.10"),
                "realm_access", List.of("lgsp-operator"))::get);
        assertEquals(null, odd.agencyCode(), "a claim of the wrong type is not read");
        assertFalse(odd.has(Roles.OPERATOR), "roles only from realm_access.roles");
    }

    @Test
    void onlyABearerAuthorizationHoldsAToken() {
        assertEquals(Optional.of("abc"), TokenClaims.bearerToken("bearer abc"));
        assertEquals(Optional.empty(), TokenClaims.bearerToken("Basic abc"));
        assertEquals(Optional.empty(), TokenClaims.bearerToken("Bearer  "));
        assertEquals(Optional.empty(), TokenClaims.bearerToken(null));
    }
}
