package vn.gov.haiphong.lgsp.national.sim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/** What both message protocols share: the request hash X-Road answers with, and identifiers made here. */
final class XRoadMessage {

    private XRoadMessage() {
    }

    /** {@code X-Road-Request-Hash} / {@code xrd:requestHash}: base64 of the SHA-512 of the request body as received. */
    static String requestHash(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message id: the caller's, or one made here when it sent none. */
    static String id(String given) {
        return given == null || given.isBlank() ? UUID.randomUUID().toString() : given;
    }
}
