package vn.gov.haiphong.lgsp.common.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that shows every run of bytes read to {@link #observe} before passing them on: single-byte reads
 * go through the same path, so nothing read escapes the observer.
 */
public abstract class ObservingInputStream extends FilterInputStream {

    protected ObservingInputStream(InputStream in) {
        super(in);
    }

    /** The {@code n > 0} bytes just read into {@code buffer} at {@code offset}; may refuse them with an IOException. */
    protected abstract void observe(byte[] buffer, int offset, int n) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            observe(buffer, offset, n);
        }
        return n;
    }
}
