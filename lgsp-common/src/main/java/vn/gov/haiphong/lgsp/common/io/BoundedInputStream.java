package vn.gov.haiphong.lgsp.common.io;

import java.io.IOException;
import java.io.InputStream;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Fails with {@link TooLarge} once more than {@code limit} bytes have been read: request bodies without a
 * declared length (or one that lies), on the REST API, the gateways and provider answers alike.
 */
public final class BoundedInputStream extends ObservingInputStream {

    /** The body passed the limit; an IOException so readers pass it on. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
            this.limit = limit;
        }

        /** The caller's answer: 413 naming the limit. */
        public LgspException toLgspException() {
            return new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, limit);
        }
    }

    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    protected void observe(byte[] buffer, int offset, int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }
}
