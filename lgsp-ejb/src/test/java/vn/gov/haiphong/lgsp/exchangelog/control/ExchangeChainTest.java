package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The chain's hash: stable, sensitive to every field, the link and the position, immune to separator tricks. */
class ExchangeChainTest {

    static ExchangeRecord record(String operation, String userId, int status) {
        Instant t = Instant.parse("2026-11-27T03:04:05.123456789Z");
        return new ExchangeRecord(t, "id-1", "req-1", "REST", "VN/GOV/H24.10/his", "VN/GOV/H24.06/dat-dai/tra-cuu",
                "GET", operation, userId, null, status, null, 0, 10, null, "ab", t, t.plusMillis(3));
    }

    @Test
    void theHashCoversFieldsLinkAndPosition() {
        String h = ExchangeChain.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 200));
        assertEquals(64, h.length());
        assertEquals(h, ExchangeChain.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 200)), "deterministic");
        assertNotEquals(h, ExchangeChain.hash(ExchangeChain.GENESIS, "n1", 1, record("/a", "u", 201)));
        assertNotEquals(h, ExchangeChain.hash(ExchangeChain.GENESIS, "n1", 2, record("/a", "u", 200)));
        assertNotEquals(h, ExchangeChain.hash(ExchangeChain.GENESIS, "n2", 1, record("/a", "u", 200)));
        assertNotEquals(h, ExchangeChain.hash("1".repeat(64), "n1", 1, record("/a", "u", 200)));
        // Moving a separator between two fields changes the hash; so does null versus empty.
        assertNotEquals(ExchangeChain.hash(ExchangeChain.GENESIS, "n", 1, record("/a|", "u", 200)),
                ExchangeChain.hash(ExchangeChain.GENESIS, "n", 1, record("/a", "|u", 200)));
        assertNotEquals(ExchangeChain.hash(ExchangeChain.GENESIS, "n", 1, record("/a", null, 200)),
                ExchangeChain.hash(ExchangeChain.GENESIS, "n", 1, record("/a", "", 200)));
    }

    @Test
    void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        assertEquals(Instant.parse("2026-11-27T03:04:05.123456Z"), record("/a", "u", 200).receivedAt());
    }
}
