package vn.gov.haiphong.lgsp.conversion.entity;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;

/** Kiểu chuyển đổi: which protocol a service is published in besides its own. */
public enum ConversionStyle {

    /** A REST provider's service as SOAP operations (called at /ws/gateway). */
    REST_AS_SOAP(ServiceProtocol.REST, ServiceProtocol.SOAP),
    /** A SOAP provider's service as REST resources (called at /r1/). */
    SOAP_AS_REST(ServiceProtocol.SOAP, ServiceProtocol.REST);

    private final ServiceProtocol provider;
    private final ServiceProtocol published;

    ConversionStyle(ServiceProtocol provider, ServiceProtocol published) {
        this.provider = provider;
        this.published = published;
    }

    /** What the provider speaks. */
    public ServiceProtocol provider() {
        return provider;
    }

    /** What callers of the converted service speak. */
    public ServiceProtocol published() {
        return published;
    }
}
