package vn.gov.haiphong.lgsp.gateway.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body's digest keeps its first bytes only when asked to, and hashes all of them either way. */
class BodyDigestTest {

    @Test
    void theFirstBytesAreKeptAcrossWritesAndTheHashCoversTheWholeBody() {
        byte[] body = "Nguyễn Văn An, 031080000123".getBytes(StandardCharsets.UTF_8);
        BodyDigest keeping = new BodyDigest(false, 10);
        BodyDigest whole = new BodyDigest(false, 1 << 20);
        BodyDigest none = new BodyDigest(false);
        for (BodyDigest d : new BodyDigest[] {keeping, whole, none}) {
            d.update(body, 0, 4);
            d.update(body, 4, body.length - 4);
        }
        assertArrayEquals(java.util.Arrays.copyOf(body, 10), keeping.kept());
        assertArrayEquals(body, whole.kept());
        assertNull(none.kept());
        assertEquals(body.length, keeping.bytes());
        String sha256 = none.sha256Hex();
        assertEquals(sha256, keeping.sha256Hex());
        assertEquals(sha256, whole.sha256Hex());
    }
}
