/**
 * Who is calling: roles, the {@link vn.gov.haiphong.lgsp.common.security.Caller} passed into the
 * business layer, and reading the claims of validated tokens. Token validation itself is the
 * container's (elytron-oidc-client).
 */
package vn.gov.haiphong.lgsp.common.security;
