package vn.gov.haiphong.lgsp.gateway.control;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Hashes a body as it streams through: SHA-256 for the exchange log (DESIGN §5) and SHA-512 for the
 * X-Road-Request-Hash header (X-Road REST protocol), with its length; and keeps its first bytes when the
 * service's exchanges keep their bodies.
 */
public final class BodyDigest {

    private final MessageDigest sha256;
    private final MessageDigest sha512;
    private long bytes;
    private final int keepBytes;
    private final ByteArrayOutputStream kept;

    public BodyDigest(boolean withSha512) {
        this(withSha512, 0);
    }

    /** @param keepBytes how many of the first bytes to keep ({@link #kept()}); 0: none */
    public BodyDigest(boolean withSha512, int keepBytes) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
            this.sha512 = withSha512 ? MessageDigest.getInstance("SHA-512") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.keepBytes = keepBytes;
        this.kept = keepBytes > 0 ? new ByteArrayOutputStream(Math.min(keepBytes, 8192)) : null;
    }

    public void update(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
        if (sha512 != null) {
            sha512.update(buffer, offset, length);
        }
        if (kept != null && kept.size() < keepBytes) {
            kept.write(buffer, offset, Math.min(length, keepBytes - kept.size()));
        }
        bytes += length;
    }

    /** The first bytes kept (all of them when {@link #bytes()} is no more); null when none are kept. */
    public byte[] kept() {
        return kept == null ? null : kept.toByteArray();
    }

    public long bytes() {
        return bytes;
    }

    /** Hex SHA-256; null for an empty body. */
    public String sha256Hex() {
        return bytes == 0 ? null : HexFormat.of().formatHex(sha256.digest());
    }

    /** Base64 SHA-512 (of the empty body too). */
    public String sha512Base64() {
        return Base64.getEncoder().encodeToString(sha512.digest());
    }
}
