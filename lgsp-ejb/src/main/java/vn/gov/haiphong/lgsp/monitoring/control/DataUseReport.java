package vn.gov.haiphong.lgsp.monitoring.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * The answer to a {@link DataUseQuery} within a {@link MonitoringScope}: reads and bytes per bucket × reading system ×
 * resource × protocol (every node's rows summed by PostgreSQL), and in total.
 *
 * @param from the period as answered (from moved back to its bucket's start)
 */
public record DataUseReport(Instant from, Instant to, String bucket, long reads, long bytes, List<Row> rows) {

    /** The most rows one answer lists; a question with more is asked with a larger bucket or a filter. */
    public static final int MAX_ROWS = 5000;

    /** One bucket's reads of one resource by one system. */
    public record Row(Instant start, String consumer, String consumerAgency, String resource, String protocol,
                      long reads, long bytes) {
    }

    /** Reads the answer on {@code c}. */
    public static DataUseReport read(Connection c, DataUseQuery q, MonitoringScope scope) throws SQLException {
        StatisticsQuery w = q.window();
        List<Object> parameters = new ArrayList<>(List.of(w.bucket().span.name(), w.from().toString(), w.to().toString()));
        StringBuilder where = new StringBuilder("span = ? AND bucket >= ?::timestamptz AND bucket < ?::timestamptz");
        filter(where, parameters, "client", q.consumer());
        filter(where, parameters, "consumer_agency", q.consumerAgency());
        filter(where, parameters, "resource", q.resource());
        filter(where, parameters, "protocol", q.protocol() == null ? null : q.protocol().name());
        where.append(scope.readerCondition("consumer_agency", "client", parameters));
        String start = w.bucket() == StatisticsQuery.Bucket.MONTH
                ? "date_trunc('month', bucket AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh'" : "bucket";
        List<Row> rows = new ArrayList<>();
        long reads = 0;
        long bytes = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT " + start + ", client, consumer_agency, resource, protocol,"
                + " sum(reads), sum(bytes) FROM data_use WHERE " + where + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 4, 5"
                + " LIMIT " + (MAX_ROWS + 1))) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 1, (String) parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7));
                    rows.add(row);
                    reads += row.reads();
                    bytes += row.bytes();
                }
            }
        }
        if (rows.size() > MAX_ROWS) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "bucket", "at most " + MAX_ROWS + " rows in one answer;"
                    + " a larger bucket (minute, hour, day, month) or a filter (consumer, consumerAgency, resource)");
        }
        return new DataUseReport(w.from(), w.to(), w.bucket().name().toLowerCase(Locale.ROOT), reads, bytes, rows);
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }
}
