package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.common.Hashes;

/**
 * The chain's hash: keyed, stable, sensitive to every field, the link and the position, immune to separator tricks
 * — and not what someone without the key can compute.
 */
class ExchangeChainTest {

    static final ExchangeChain CHAIN = new ExchangeChain(ChainKey.of("k".repeat(32).getBytes(StandardCharsets.US_ASCII)));

    static ExchangeRecord record(String operation, String userId, int status) {
        Instant t = Instant.parse("2026-11-27T03:04:05.123456789Z");
        return new ExchangeRecord(t, "id-1", "req-1", "REST", "VN/GOV/H24.10/his", "VN/GOV/H24.06/dat-dai/tra-cuu",
                "GET", operation, userId, null, status, null, 0, 10, null, "ab", t, t.plusMillis(3));
    }

    @Test
    void theHashCoversFieldsLinkAndPosition() {
        String h = CHAIN.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 200));
        assertEquals(64, h.length());
        assertEquals(h, CHAIN.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 200)), "deterministic");
        assertNotEquals(h, CHAIN.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 201)));
        assertNotEquals(h, CHAIN.hash(ExchangeChain.GENESIS, "n1", 2, record("/a", "u", 200)));
        assertNotEquals(h, CHAIN.hash(ExchangeChain.GENESIS, "n2", 1, record("/a", "u", 200)));
        assertNotEquals(h, CHAIN.hash("1".repeat(64), "n1", 1, record("/a", "u", 200)));
        // Moving a separator between two fields changes the hash; so does null versus empty.
        assertNotEquals(CHAIN.hash(ExchangeChain.GENESIS, "n", 1, record("/a|", "u", 200)),
                CHAIN.hash(ExchangeChain.GENESIS, "n", 1, record("/a", "|u", 200)));
        assertNotEquals(CHAIN.hash(ExchangeChain.GENESIS, "n", 1, record("/a", null, 200)),
                CHAIN.hash(ExchangeChain.GENESIS, "n", 1, record("/a", "", 200)));
    }

    @Test
    void withoutTheKeyTheHashCannotBeRecomputed() {
        ExchangeRecord r = record("/a", "u", 200);
        String keyed = CHAIN.hash(ExchangeChain.GENESIS, "n1", 1, r);
        assertNotEquals(Hashes.sha256Hex(ExchangeChain.message(ExchangeChain.GENESIS, "n1", 1, r)), keyed,
                "a plain SHA-256 of the same text is not the record's hash");
        ExchangeChain other = new ExchangeChain(ChainKey.of("o".repeat(32).getBytes(StandardCharsets.US_ASCII)));
        assertNotEquals(other.hash(ExchangeChain.GENESIS, "n1", 1, r), keyed, "nor is the hash under another key");
    }

    @Test
    void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        assertEquals(Instant.parse("2026-11-27T03:04:05.123456Z"), record("/a", "u", 200).receivedAt());
    }
}
