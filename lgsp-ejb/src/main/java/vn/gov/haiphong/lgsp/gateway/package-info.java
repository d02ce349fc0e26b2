/**
 * The gateway's plumbing (DESIGN §4): forwarding to providers with a per-service timeout and circuit
 * breaker, the X-Road error codes, and the header rules. The REST edge is {@code web.gateway}; the access
 * decision is {@code access.control.AccessPolicy}; the record is {@code exchangelog}.
 */
package vn.gov.haiphong.lgsp.gateway;
