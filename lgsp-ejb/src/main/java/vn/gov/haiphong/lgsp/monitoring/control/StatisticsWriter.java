package vn.gov.haiphong.lgsp.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.exchangelog.control.BatchListener;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/**
 * Keeps the statistics rollup with the exchange log: each batch's records are summed per span, bucket, service and
 * consumer ({@link Rollup}) and added to this node's rows in the batch's own transaction — a figure never counts an
 * exchange the log lost, nor misses one it kept. Two statements a batch: the rows it touches are locked and their
 * latency sketches read (merged here: a histogram cannot be added in SQL), then all are upserted at once, counts,
 * bytes and error counts added by PostgreSQL.
 */
@ApplicationScoped
public class StatisticsWriter implements BatchListener {

    private static final String LOCK = "SELECT s.span, s.bucket, s.service, s.client, s.latency, s.provider_latency"
            + " FROM exchange_stat s JOIN unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS k(span, bucket, service, client)"
            + " ON s.span = k.span AND s.bucket = k.bucket::timestamptz AND s.service = k.service AND s.client = k.client"
            + " WHERE s.node = ? ORDER BY s.span, s.bucket, s.service, s.client FOR UPDATE OF s";
    private static final String UPSERT = "INSERT INTO exchange_stat (span, bucket, service, client, node, provider_agency,"
            + " consumer_agency, exchanges, failures, errors, request_bytes, response_bytes, latency, provider_latency)"
            + " SELECT sp, b::timestamptz, sv, cl, ?, pa, ca, n, f, e::jsonb, rq, rs, l, pl FROM unnest(?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[],"
            + " ?::bytea[], ?::bytea[]) AS t(sp, b, sv, cl, pa, ca, n, f, e, rq, rs, l, pl)"
            + " ON CONFLICT (span, bucket, service, client, node) DO UPDATE SET"
            + " exchanges = exchange_stat.exchanges + EXCLUDED.exchanges,"
            + " failures = exchange_stat.failures + EXCLUDED.failures,"
            + " errors = (SELECT coalesce(jsonb_object_agg(code, n), '{}'::jsonb) FROM (SELECT code, sum(n::bigint) AS n"
            + " FROM (SELECT key AS code, value AS n FROM jsonb_each_text(exchange_stat.errors) UNION ALL"
            + " SELECT key, value FROM jsonb_each_text(EXCLUDED.errors)) a GROUP BY code) b),"
            + " request_bytes = exchange_stat.request_bytes + EXCLUDED.request_bytes,"
            + " response_bytes = exchange_stat.response_bytes + EXCLUDED.response_bytes,"
            + " latency = EXCLUDED.latency, provider_latency = EXCLUDED.provider_latency";

    @Inject
    MonitoredNames names;

    private final String node = nodeName();

    @Override
    public void written(List<ExchangeRecord> batch, Connection connection) throws SQLException {
        write(Rollup.of(batch, names), node, connection);
    }

    /** Adds the rows to {@code node}'s rollup on the connection (its transaction); for the writer and the bench alike. */
    public static void write(Map<StatKey, StatDelta> rows, String node, Connection c) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<StatKey> keys = new ArrayList<>(rows.keySet());
        Map<List<String>, byte[][]> stored = lock(keys, node, c);
        int n = keys.size();
        Object[][] text = new Object[7][n];
        Object[][] numbers = new Object[4][n];
        byte[][] latency = new byte[n][];
        byte[][] providerLatency = new byte[n][];
        for (int i = 0; i < n; i++) {
            StatKey k = keys.get(i);
            StatDelta d = rows.get(k);
            Object[] t = {k.span().name(), k.bucket().toString(), k.service(), k.client(), k.providerAgency(),
                    k.consumerAgency(), d.errorsJson()};
            for (int j = 0; j < t.length; j++) {
                text[j][i] = t[j];
            }
            numbers[0][i] = d.exchanges;
            numbers[1][i] = d.failures;
            numbers[2][i] = d.requestBytes;
            numbers[3][i] = d.responseBytes;
            byte[][] before = stored.get(identity(k));
            latency[i] = merged(before == null ? null : before[0], d.latency);
            providerLatency[i] = merged(before == null ? null : before[1], d.providerLatency);
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            int p = 1;
            upsert.setString(p++, node);
            for (int j = 0; j < 6; j++) {
                upsert.setArray(p++, c.createArrayOf("text", text[j]));
            }
            upsert.setArray(p++, c.createArrayOf("int8", numbers[0]));
            upsert.setArray(p++, c.createArrayOf("int8", numbers[1]));
            upsert.setArray(p++, c.createArrayOf("text", text[6]));
            upsert.setArray(p++, c.createArrayOf("int8", numbers[2]));
            upsert.setArray(p++, c.createArrayOf("int8", numbers[3]));
            upsert.setArray(p++, c.createArrayOf("bytea", latency));
            upsert.setArray(p, c.createArrayOf("bytea", providerLatency));
            upsert.executeUpdate();
        }
    }

    /** Locks the stored rows among {@code keys} (in key order: no deadlock between writers) and reads their sketches. */
    private static Map<List<String>, byte[][]> lock(List<StatKey> keys, String node, Connection c) throws SQLException {
        Map<List<String>, byte[][]> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(LOCK)) {
            s.setArray(1, array(c, keys, k -> k.span().name()));
            s.setArray(2, array(c, keys, k -> k.bucket().toString()));
            s.setArray(3, array(c, keys, StatKey::service));
            s.setArray(4, array(c, keys, StatKey::client));
            s.setString(5, node);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(List.of(rs.getString(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3),
                            rs.getString(4)), new byte[][] {rs.getBytes(5), rs.getBytes(6)});
                }
            }
        }
        return stored;
    }

    private static List<String> identity(StatKey k) {
        return List.of(k.span().name(), k.bucket().toString(), k.service(), k.client());
    }

    private static byte[] merged(byte[] stored, LatencySketch delta) {
        return stored == null ? delta.encode() : LatencySketch.decode(stored).add(delta).encode();
    }

    private static Array array(Connection c, List<StatKey> keys, java.util.function.Function<StatKey, String> part)
            throws SQLException {
        return c.createArrayOf("text", keys.stream().map(part).toArray());
    }

    /** The node whose rows these are: the server's node name, as the exchange log's writer names its chain. */
    static String nodeName() {
        String name = System.getProperty("jboss.node.name", "node");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
