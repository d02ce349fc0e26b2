package vn.gov.haiphong.lgsp.web.common;

import java.io.IOException;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/** Raised while reading a body that grows past the limit; an IOException so readers pass it on. */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public LgspException toLgspException() {
        return new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, limit);
    }
}
