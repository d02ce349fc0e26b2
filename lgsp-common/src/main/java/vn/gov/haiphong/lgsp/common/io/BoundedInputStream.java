package vn.gov.haiphong.lgsp.common.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Fails with {@link TooLarge} once more than {@code limit} bytes have been read: request bodies without a
 * declared length (or one that lies), on the REST API, the gateways and provider answers alike.
 */
public final class BoundedInputStream extends FilterInputStream {

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
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
        return n;
    }
}
