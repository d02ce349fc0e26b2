package vn.gov.haiphong.lgsp.exchangelog.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that makes the exchange log's chain and checkpoints unforgeable: HMAC-SHA256 with a key the database
 * never holds. Someone who can write to the database can still change a record and recompute every later hash, but
 * not with this key, so the verifier sees it. The key is configuration ({@code lgsp.exchange-log.key}, base64, or
 * {@code lgsp.exchange-log.key-file}, a file holding it); without one the platform does not start, since a log it
 * cannot later prove is worth no more than an unkeyed one.
 */
public final class ChainKey {

    /** 256 bits: the HMAC-SHA256 block's security; shorter keys are refused. */
    public static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final Mac prototype;

    private ChainKey(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("The exchange-log key has " + key.length + " bytes; at least " + MIN_BYTES
                    + " are needed (openssl rand -base64 32)");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key of raw bytes (tests). */
    public static ChainKey of(byte[] key) {
        return new ChainKey(key.clone());
    }

    /**
     * The configured key: the base64 value if given, else the base64 content of the file.
     *
     * @throws IllegalStateException when neither is configured, or the key is unreadable or too short
     */
    public static ChainKey configured(Optional<String> base64, Optional<String> file) {
        String text = base64.filter(v -> !v.isBlank()).orElseGet(() -> file.filter(f -> !f.isBlank())
                .map(ChainKey::read).orElseThrow(() -> new IllegalStateException("No exchange-log key: set "
                        + "lgsp.exchange-log.key (LGSP_EXCHANGE_LOG_KEY, base64 of at least " + MIN_BYTES
                        + " random bytes) or lgsp.exchange-log.key-file; see docs/security.md")));
        try {
            return new ChainKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The exchange-log key is not base64", e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the exchange-log key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 text, lowercase hex (the form {@code exchange_log.hash} stores). */
    public String mac(String text) {
        try {
            Mac mac = (Mac) prototype.clone(); // a Mac is not thread-safe; a clone skips the key schedule
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[hidden]";
    }
}
