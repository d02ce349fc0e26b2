package vn.gov.haiphong.lgsp.monitoring.control;

/**
 * What a service's active probe calls: an HTTP GET of {@code httpPath} below the provider URL (REST), or a POST of a
 * fixed SOAP envelope to the provider URL (SOAP) — within {@code timeoutMs}; slower than {@code slowMs} is DEGRADED.
 *
 * @param soapAction the SOAPAction header of a SOAP 1.1 probe, or null
 */
public record ProbeCall(long serviceId, String providerUrl, int intervalSeconds, int timeoutMs, String httpPath,
                        String soapAction, String soapBody, int slowMs) {

    /** The address called: the provider URL, with the path appended for an HTTP GET. */
    public String url() {
        if (httpPath == null) {
            return providerUrl;
        }
        String base = providerUrl.endsWith("/") ? providerUrl.substring(0, providerUrl.length() - 1) : providerUrl;
        return base + httpPath;
    }
}
