package vn.gov.haiphong.lgsp.common.id;

/**
 * How a service is called through the gateway: the X-Road message protocol for REST ({@code /r1/…}) or SOAP 4.0
 * ({@code /ws/gateway}). Part of a service's identity as every module sees it, so it lives beside {@link ServiceId}.
 */
public enum ServiceProtocol {
    REST, SOAP
}
