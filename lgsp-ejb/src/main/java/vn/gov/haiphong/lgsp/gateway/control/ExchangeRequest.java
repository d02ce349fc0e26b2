package vn.gov.haiphong.lgsp.gateway.control;

/**
 * What a caller asks of the gateway, as its front read it from the wire — the X-Road identifiers, not yet
 * resolved or decided on.
 *
 * @param client the consumer subsystem the caller declares itself to be ({@code X-Road-Client}, {@code xrd:client})
 * @param provider the provider subsystem, {@code instance/memberClass/memberCode/subsystemCode}
 * @param serviceVersion null: the last published version
 * @param service the service as named in the log and the answer's headers
 * @param operation REST: the path after the service (empty for none); SOAP: the body's operation
 * @param xroadId the caller's message id, null when it sent none (the request id stands in)
 * @param answeredHere how the front answers a request the gateway answers itself (a metadata request); null: the
 *                     request is forwarded
 */
public record ExchangeRequest(String client, String provider, String serviceCode, String serviceVersion, String service,
                              String operation, String xroadId, String userId, String issue,
                              ExchangeFront.LocalAnswer answeredHere) {
}
