/**
 * Who may call each REST endpoint. Default-deny: a resource method without {@code @PermitAll} or
 * {@code @RolesAllowed} is refused. Caller identity comes from the container (OIDC bearer tokens
 * arrive with the security capability); until then no caller holds a role, so every admin write
 * is refused with 401.
 */
package vn.gov.haiphong.lgsp.web.security;
