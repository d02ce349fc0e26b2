package vn.gov.haiphong.lgsp.gateway.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link TooLarge} once more than {@code limit} bytes have been read (bodies without a declared length). */
public final class BoundedInputStream extends FilterInputStream {

    /** The body passed the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("body larger than " + limit + " bytes");
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
