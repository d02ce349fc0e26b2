package vn.gov.haiphong.lgsp.gateway.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Hashes a body as it streams through: SHA-256 for the exchange log (DESIGN §5) and SHA-512 for the
 * X-Road-Request-Hash header (X-Road REST protocol), with its length.
 */
public final class BodyDigest {

    private final MessageDigest sha256;
    private final MessageDigest sha512;
    private final boolean withSha512;
    private long bytes;

    public BodyDigest(boolean withSha512) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
            this.sha512 = withSha512 ? MessageDigest.getInstance("SHA-512") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.withSha512 = withSha512;
    }

    public void update(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
        if (withSha512) {
            sha512.update(buffer, offset, length);
        }
        bytes += length;
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
