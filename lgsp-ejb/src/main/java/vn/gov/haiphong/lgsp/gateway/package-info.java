/**
 * The gateway's exchange core (DESIGN §4), transport-neutral: {@code control.ExchangePipeline} runs one exchange
 * through its stages — authenticate, read, resolve, decide, forward, relay, record, release — over an
 * {@code ExchangeFront} that only translates a wire format (REST in {@code web.gateway}, SOAP in {@code ws.gateway}).
 * Beside it: calls to providers with a per-service timeout and circuit breaker, the X-Road error codes, the SOAP
 * envelope reading and the header rules. The access decision is {@code access.control.AccessPolicy}; the record is
 * {@code exchangelog}.
 */
package vn.gov.haiphong.lgsp.gateway;
