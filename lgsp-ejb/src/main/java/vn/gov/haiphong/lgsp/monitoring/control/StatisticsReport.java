package vn.gov.haiphong.lgsp.monitoring.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to a {@link StatisticsQuery} within a {@link MonitoringScope}, read from the rollup rows only: counts and
 * bytes summed, failures per X-Road error code summed by PostgreSQL, latency sketches merged per bucket here.
 *
 * @param from the period as answered (from moved back to its bucket's start)
 */
public record StatisticsReport(Instant from, Instant to, String bucket, Figures total, List<Figures> buckets) {

    /** Latency percentiles in milliseconds; null when nothing was timed. */
    public record Percentiles(Double p50, Double p95, Double p99) {

        static Percentiles of(LatencySketch s) {
            return new Percentiles(s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99));
        }
    }

    /** The figures of one bucket, or of the whole period. */
    public record Figures(Instant start, long exchanges, long failures, Map<String, Long> errors, long requestBytes,
                          long responseBytes, Percentiles latencyMs, Percentiles providerLatencyMs) {
    }

    private static final class Sum {
        long exchanges;
        long failures;
        long requestBytes;
        long responseBytes;
        final Map<String, Long> errors = new TreeMap<>();
        final LatencySketch latency = LatencySketch.empty();
        final LatencySketch provider = LatencySketch.empty();

        void add(Sum o) {
            exchanges += o.exchanges;
            failures += o.failures;
            requestBytes += o.requestBytes;
            responseBytes += o.responseBytes;
            o.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            latency.add(o.latency);
            provider.add(o.provider);
        }

        Figures figures(Instant start) {
            return new Figures(start, exchanges, failures, Map.copyOf(errors), requestBytes, responseBytes,
                    Percentiles.of(latency), Percentiles.of(provider));
        }
    }

    /** Reads the answer on {@code c}. */
    public static StatisticsReport read(Connection c, StatisticsQuery q, MonitoringScope scope) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(q, scope, parameters);
        String start = q.bucket() == StatisticsQuery.Bucket.MONTH
                ? "date_trunc('month', bucket AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh'" : "bucket";
        Map<Instant, Sum> buckets = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + start + ", exchanges, failures, request_bytes,"
                + " response_bytes, latency, provider_latency FROM exchange_stat WHERE " + where)) {
            bind(s, parameters);
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Sum sum = buckets.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new Sum());
                    sum.exchanges += rs.getLong(2);
                    sum.failures += rs.getLong(3);
                    sum.requestBytes += rs.getLong(4);
                    sum.responseBytes += rs.getLong(5);
                    sum.latency.add(LatencySketch.decode(rs.getBytes(6)));
                    sum.provider.add(LatencySketch.decode(rs.getBytes(7)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + start + ", e.key, sum(e.value::bigint)"
                + " FROM exchange_stat, jsonb_each_text(errors) e WHERE " + where + " GROUP BY 1, 2")) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    buckets.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new Sum()).errors
                            .merge(rs.getString(2), rs.getLong(3), Long::sum);
                }
            }
        }
        Sum total = new Sum();
        List<Figures> figures = new ArrayList<>();
        buckets.forEach((at, sum) -> {
            total.add(sum);
            figures.add(sum.figures(at));
        });
        return new StatisticsReport(q.from(), q.to(), q.bucket().name().toLowerCase(Locale.ROOT), total.figures(q.from()),
                figures);
    }

    private static String where(StatisticsQuery q, MonitoringScope scope, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("span = ? AND bucket >= ?::timestamptz AND bucket < ?::timestamptz");
        parameters.add(q.bucket().span.name());
        parameters.add(q.from().toString());
        parameters.add(q.to().toString());
        filter(sql, parameters, "service", q.service());
        filter(sql, parameters, "client", q.consumer());
        filter(sql, parameters, "provider_agency", q.providerAgency());
        filter(sql, parameters, "consumer_agency", q.consumerAgency());
        sql.append(scope.condition("provider_agency", "consumer_agency", "service", "client", parameters));
        // per consumer only when the question or the caller's scope is about consumers; else the rows of every consumer,
        // or of all traffic when the question is not about services either
        boolean perConsumer = q.consumer() != null || q.consumerAgency() != null
                || !(scope instanceof MonitoringScope.Everything);
        String every = "'" + StatKey.EVERY_CONSUMER + "'";
        if (perConsumer) {
            sql.append(" AND client <> ").append(every);
        } else if (q.service() == null && q.providerAgency() == null) {
            sql.append(" AND service = ").append(every); // all traffic: one row per bucket and node
        } else {
            sql.append(" AND client = ").append(every).append(" AND service <> ").append(every);
        }
        return sql.toString();
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setString(i + 1, (String) parameters.get(i));
        }
    }
}
