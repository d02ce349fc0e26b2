package vn.gov.haiphong.lgsp.gateway.control;

import java.io.InputStream;
import vn.gov.haiphong.lgsp.common.io.ObservingInputStream;

/** Feeds every byte read into a {@link BodyDigest}. */
public final class DigestingInputStream extends ObservingInputStream {

    private final BodyDigest digest;

    public DigestingInputStream(InputStream in, BodyDigest digest) {
        super(in);
        this.digest = digest;
    }

    @Override
    protected void observe(byte[] buffer, int offset, int n) {
        digest.update(buffer, offset, n);
    }
}
