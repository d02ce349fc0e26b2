/**
 * The REST edge (lgsp-web, context root {@code /}): thin JAX-RS resources over the EJB boundaries,
 * DTOs at the edge, RFC 9457 problem details for every error, and the declared authorization of
 * every endpoint.
 */
package vn.gov.haiphong.lgsp.web;
