/**
 * Who may call each REST endpoint. Default-deny: a resource method without {@code @PermitAll} or
 * {@code @RolesAllowed} is refused. The caller is the one named by the bearer token the container
 * (elytron-oidc-client) validated; decisions that depend on the caller's agency are made again in
 * the business layer.
 */
package vn.gov.haiphong.lgsp.web.security;
