package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key: HMAC-SHA256 as published, from configuration or a file, and refused when absent, short or garbled. */
class ChainKeyTest {

    @Test
    void macIsHmacSha256AsRfc4231() {
        // RFC 4231, test case 6 (its cases with keys under 32 bytes are refused here)
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                ChainKey.of(key).mac("Test Using Larger Than Block-Size Key - Hash Key First"));
    }

    @Test
    void theKeyComesFromConfigurationOrAFile(@TempDir Path dir) throws Exception {
        String base64 = Base64.getEncoder().encodeToString("x".repeat(32).getBytes(StandardCharsets.US_ASCII));
        Path file = Files.writeString(dir.resolve("key"), base64 + "\n");
        String fromValue = ChainKey.configured(Optional.of(base64), Optional.empty()).mac("m");
        assertEquals(fromValue, ChainKey.configured(Optional.empty(), Optional.of(file.toString())).mac("m"));
        assertEquals(fromValue, ChainKey.configured(Optional.of(" " + base64 + " "), Optional.of("/nonexistent")).mac("m"),
                "the value wins over the file");
    }

    @Test
    void noKeyAShortKeyOrAnUnreadableOneIsRefused(@TempDir Path dir) {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> ChainKey.configured(Optional.empty(), Optional.of(" ")));
        assertTrue(none.getMessage().contains("lgsp.exchange-log.key"), none.getMessage());
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        assertThrows(IllegalStateException.class, () -> ChainKey.configured(Optional.of(shortKey), Optional.empty()));
        assertThrows(IllegalStateException.class, () -> ChainKey.configured(Optional.of("not base64!"), Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> ChainKey.configured(Optional.empty(), Optional.of(dir.resolve("missing").toString())));
        assertFalse(ChainKey.of(new byte[32]).toString().contains("0"), "the key never shows in a log line");
    }
}
