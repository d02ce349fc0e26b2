/**
 * Who calls a SOAP service: a bearer token validated by the container, or — for legacy systems that
 * cannot fetch tokens — HTTP Basic with the system's client id and secret, exchanged for a token at
 * Keycloak and cached until it expires. Secrets are never stored.
 */
package vn.gov.haiphong.lgsp.ws.security;
