package vn.gov.haiphong.lgsp.web.access;

import jakarta.ws.rs.PathParam;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/**
 * The four path segments of an X-Road subsystem address, {@code {instance}/{memberClass}/{memberCode}/
 * {subsystemCode}}, as one {@code @BeanParam} of the metadata services.
 */
public class SubsystemAddress {

    @PathParam("instance")
    String instance;

    @PathParam("memberClass")
    String memberClass;

    @PathParam("memberCode")
    String memberCode;

    @PathParam("subsystemCode")
    String subsystemCode;

    /** The provider system it names; anything not of this platform's instance and class names nothing (404). */
    SystemId system(XRoadInstance xroad) {
        String text = memberCode + "/" + subsystemCode;
        if (!xroad.instance().equals(instance) || !xroad.memberClass().equals(memberClass)) {
            throw new LgspException(ErrorCode.SYSTEM_NOT_FOUND, instance + "/" + memberClass + "/" + text);
        }
        return SystemId.parse(text).orElseThrow(() -> new LgspException(ErrorCode.SYSTEM_NOT_FOUND, text));
    }
}
