package vn.gov.haiphong.lgsp.exchangelog.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The last link of a node's chain: its seq, its hash and when its exchange was received (null when not known, as
 * for a head read from {@code exchange_log_head}). The next record is chained to it.
 */
public record ChainHead(long seq, String hash, Instant receivedAt) {

    /** The head of a chain with no record yet. */
    public static final ChainHead EMPTY = new ChainHead(0, ExchangeChain.GENESIS, null);

    /** The node's head as committed in the database ({@code exchange_log_head}). */
    public static ChainHead committed(Connection c, String node) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM exchange_log_head WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2), null) : EMPTY;
            }
        }
    }

    /** The records chained after this head, in order: each numbered after the previous and hashed over it. */
    public List<ChainedRecord> extend(List<ExchangeRecord> records, ExchangeChain chain, String node) {
        ChainedRecord[] chained = new ChainedRecord[records.size()];
        long s = seq;
        String previous = hash;
        for (int i = 0; i < chained.length; i++) {
            ExchangeRecord r = records.get(i);
            s++;
            String next = chain.hash(previous, node, s, r);
            chained[i] = new ChainedRecord(r, s, previous, next);
            previous = next;
        }
        return List.of(chained);
    }

    /** The head after the last of these records. */
    public static ChainHead of(ChainedRecord last) {
        return new ChainHead(last.seq(), last.hash(), last.record().receivedAt());
    }
}
