package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.haiphong.lgsp.schema.TestDatabase;

/**
 * The writer against a real PostgreSQL with the schema of {@code sql/}, outside the container: records are stored
 * chained and read back hashing the same (so the column table and the table agree), a {@link BatchListener}'s writes
 * commit with its batch on the same connection, and a listener that throws fails the batch — nothing of it is kept,
 * the head does not move and the next batch follows the last committed record without a gap.
 */
class ExchangeLogWriterTest {

    private static final ExchangeChain CHAIN = new ExchangeChain(ChainKey.of("k".repeat(32).getBytes(StandardCharsets.US_ASCII)));
    private static TestDatabase db;

    @TempDir
    Path checkpoints;

    @BeforeAll
    static void database() throws SQLException {
        db = TestDatabase.migrated("lgsp_exchange_log_writer_test");
        db.execute("CREATE TABLE listener_seen (node text, xroad_id text)");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        db.drop();
    }

    private ExchangeLogWriter start(String node, List<BatchListener> listeners) {
        ExchangeLogWriter writer = new ExchangeLogWriter(db.dataSource(), node, CHAIN, listeners, 512,
                () -> new GroupCommit(0, 4), new CommitDeadline(Duration.ofSeconds(10)),
                new CheckpointSchedule(new Checkpoints(checkpoints), CHAIN, node, Duration.ofSeconds(60)));
        writer.start(Thread::new);
        return writer;
    }

    private static List<ExchangeRecord> records(String prefix, int n) {
        List<ExchangeRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(ExchangeLogInsertTest.record(prefix + i, i == 0 ? ("body " + i).getBytes(StandardCharsets.UTF_8) : null));
        }
        return records;
    }

    /** Appends the records at once (so they share batches) and waits for every one. */
    private static void appendAll(ExchangeLogWriter writer, List<ExchangeRecord> records) throws Exception {
        List<CompletableFuture<Void>> stored = records.stream().map(writer::append).toList();
        CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
    }

    @Test
    void recordsAreStoredChainedAndReadBackHashingTheSame() throws Exception {
        String node = "writer-plain";
        ExchangeLogWriter writer = start(node, List.of());
        try {
            List<ExchangeRecord> records = records("plain-", 5);
            appendAll(writer, records);
            List<ExchangeRecord> more = records("plain-more-", 3);
            appendAll(writer, more);

            List<Object[]> rows = rows(node);
            assertEquals(8, rows.size());
            String previous = ExchangeChain.GENESIS;
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                ExchangeRecord back = (ExchangeRecord) row[0];
                long seq = (Long) row[1];
                assertEquals(i + 1, seq, "numbered without gaps");
                assertEquals(previous, row[2], "linked to the previous record");
                assertEquals(CHAIN.hash(previous, node, seq, back), row[3], "the record read back hashes as stored");
                previous = (String) row[3];
            }
            assertEquals(records.get(0).xroadId(), ((ExchangeRecord) rows.get(0)[0]).xroadId());
            assertArrayEquals(records.get(0).requestBody(), (byte[]) rows.get(0)[4], "the kept body");
            assertEquals(List.of(8L, previous), head(node));
        } finally {
            writer.stop();
        }
    }

    @Test
    void aListenersWritesCommitWithTheBatchOnTheSameConnection() throws Exception {
        String node = "writer-listened";
        Set<Boolean> insideTheBatchTransaction = new HashSet<>();
        BatchListener seen = (batch, c) -> {
            insideTheBatchTransaction.add(!c.getAutoCommit() && count(c, "exchange_log", node) > 0);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO listener_seen VALUES (?, ?)")) {
                for (ExchangeRecord r : batch) {
                    s.setString(1, node);
                    s.setString(2, r.xroadId());
                    s.addBatch();
                }
                s.executeBatch();
            }
        };
        ExchangeLogWriter writer = start(node, List.of(seen));
        try {
            appendAll(writer, records("listened-", 6));
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(6, count(c, "exchange_log", node));
                assertEquals(6, count(c, "listener_seen", node));
            }
            assertEquals(Set.of(true), insideTheBatchTransaction, "called after the insert, before the commit");
            assertEquals(6L, head(node).get(0));
        } finally {
            writer.stop();
        }
    }

    @Test
    void aListenerThatThrowsFailsTheBatchAndNothingOfItIsKept() throws Exception {
        String node = "writer-refused";
        AtomicBoolean refuse = new AtomicBoolean();
        BatchListener listener = (batch, c) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO listener_seen VALUES (?, ?)")) {
                for (ExchangeRecord r : batch) { // written before the failure
                    s.setString(1, node);
                    s.setString(2, r.xroadId());
                    s.executeUpdate();
                }
            }
            if (refuse.get()) {
                throw new SQLException("the listener fails");
            }
        };
        ExchangeLogWriter writer = start(node, List.of(listener));
        try {
            appendAll(writer, records("before-", 2));
            String headBefore = head(node).get(1).toString();

            refuse.set(true);
            CompletableFuture<Void> refused = writer.append(ExchangeLogInsertTest.record("refused", null));
            ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.MINUTES));
            assertInstanceOf(SQLException.class, failure.getCause());
            try (Connection c = db.dataSource().getConnection()) {
                assertEquals(2, count(c, "exchange_log", node), "the failed batch's record is not kept");
                assertEquals(2, count(c, "listener_seen", node), "nor what the listener wrote in it");
            }
            assertEquals(List.of(2L, headBefore), head(node), "the head did not move");

            refuse.set(false);
            appendAll(writer, records("after-", 1));
            assertEquals(3L, head(node).get(0), "the next batch follows the last committed record");
            assertEquals(headBefore, rows(node).get(2)[2]);
            assertFalse(rows(node).stream().anyMatch(r -> ((ExchangeRecord) r[0]).xroadId().equals("refused")));
        } finally {
            writer.stop();
        }
        assertTrue(writer.append(ExchangeLogInsertTest.record("late", null)).isCompletedExceptionally(),
                "a stopped writer takes nothing");
    }

    /** The node's rows in order: the record read back, seq, prev_hash, hash, request_body. */
    private static List<Object[]> rows(String node) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement("SELECT "
                + ExchangeRecord.COLUMNS + ", node_seq, prev_hash, hash, request_body FROM exchange_log"
                + " WHERE node = ? ORDER BY node_seq")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ExchangeRecord r = new ExchangeRecord(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getInt(11), rs.getString(12), rs.getLong(13), rs.getLong(14),
                            rs.getString(15), rs.getString(16), instant(rs, 17), instant(rs, 18));
                    rows.add(new Object[] {r, rs.getLong(19), rs.getString(20), rs.getString(21), rs.getBytes(22)});
                }
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The node's head in {@code exchange_log_head}: last_seq, last_hash. */
    private static List<Object> head(String node) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM exchange_log_head WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a head for " + node);
                return List.of(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static long count(Connection c, String table, String node) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
