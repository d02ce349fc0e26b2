/**
 * The platform's edge: Undertow handlers that run in front of the container's security layer and JAX-RS
 * for the two paths where every request counts — the REST gateway ({@code /r1/…} exchanges) and repeated
 * code-list reads answered from kept answers. They authenticate the bearer token themselves (verified
 * once, remembered until it expires: {@code security.control.BearerTokens}); everything else, and every
 * request they cannot answer, goes on through the normal chain unchanged (docs/performance.md).
 */
package vn.gov.haiphong.lgsp.web.edge;
