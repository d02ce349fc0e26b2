package vn.gov.haiphong.lgsp.web.catalog;

import jakarta.ws.rs.PathParam;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;

/**
 * The four path segments that address a service version, {@code {agency}/{system}/{service}/{version}}, as
 * one {@code @BeanParam}; a malformed address names no service (404).
 */
public class ServiceAddress {

    @PathParam("agency")
    String agency;

    @PathParam("system")
    String system;

    @PathParam("service")
    String service;

    @PathParam("version")
    String version;

    public ServiceId id() {
        String text = agency + "/" + system + "/" + service + "/" + version;
        return ServiceId.parse(text).orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, text));
    }
}
