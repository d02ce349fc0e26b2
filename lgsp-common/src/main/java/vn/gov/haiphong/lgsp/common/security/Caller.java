package vn.gov.haiphong.lgsp.common.security;

import java.util.Set;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/**
 * Who is calling, as the business layer sees it: taken from a validated access token at the edge
 * (REST or SOAP) and passed explicitly into every decision that depends on it.
 *
 * @param subject    the token's {@code sub}: the officer's or service account's id at Keycloak
 * @param name       a readable name: the officer's user name or the system's client id
 * @param clientId   the OAuth client that obtained the token ({@code azp}); for a system, its id
 * @param agencyCode the caller's agency (claim {@code agency_code}), or {@code null}
 * @param roles      the caller's platform roles (see {@link Roles})
 */
public record Caller(String subject, String name, String clientId, String agencyCode, Set<String> roles) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The platform itself acting at start-up (schema, demo data), recorded as such in the audit. */
    public static Caller platform(String task) {
        return new Caller("lgsp-platform", task, null, null, Set.of(Roles.OPERATOR));
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Refuses ({@code access-denied}) unless the caller holds the role. */
    public void require(String role) {
        if (!has(role)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    /**
     * The information system this caller is (role {@link Roles#SYSTEM}; its client id is the system's id);
     * {@code access-denied} for any other caller.
     */
    public SystemId system() {
        return SystemId.parse(clientId).filter(id -> has(Roles.SYSTEM))
                .orElseThrow(() -> new LgspException(ErrorCode.ACCESS_DENIED));
    }

    /** Whether the caller acts for the whole city (operator, authority) rather than for one agency. */
    public boolean isCityWide() {
        return has(Roles.OPERATOR) || has(Roles.AUTHORITY);
    }

    /** Whether the caller may see every agency's records (the city-wide roles and the auditor). */
    public boolean seesEveryAgency() {
        return isCityWide() || has(Roles.AUDITOR);
    }

    /** The role the audit names: the first the caller holds in {@link Roles#ALL}. */
    public String primaryRole() {
        return Roles.ALL.stream().filter(this::has).findFirst().orElse("none");
    }
}
