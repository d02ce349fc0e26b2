package vn.gov.haiphong.lgsp.web.catalog;

import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;

/** A service identifier from four path segments; a malformed one names no service (404). */
final class ServiceIds {

    private ServiceIds() {
    }

    static ServiceId of(String agency, String system, String service, String version) {
        String text = agency + "/" + system + "/" + service + "/" + version;
        return ServiceId.parse(text).orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, text));
    }
}
