package vn.gov.haiphong.lgsp.gateway.control;

/**
 * Who exchanges what, as far as the pipeline knows it: what a front writes into the X-Road headers of its answer
 * or refusal and of the provider's request. {@code client} and {@code service} are null until known.
 */
public record ExchangeIds(String xroadId, String requestId, String client, String service, String userId, String issue) {
}
