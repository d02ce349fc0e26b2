package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.monitoring.control.LatencySketch;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoredNames;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoringScope;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsQuery;

/**
 * Exchange statistics (thống kê; Quy chế Đ.10.1, Đ.11.5) over any period, from the rollups the exchange log's writer
 * keeps ({@code exchange_stat}) — never from the log itself: counts, failures by X-Road error code, bytes, and latency
 * percentiles from the merged sketches of the buckets. The oversight roles read every figure; an agency admin the
 * exchanges where one of its agency's systems was consumer or provider; a system those it made or answered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Statistics {

    /** How long minute rows are kept and answered (days). */
    @Inject
    @ConfigProperty(name = "lgsp.statistics.minute-retention-days", defaultValue = "35")
    int minuteDays;

    /** How long hour rows are kept and answered (days). */
    @Inject
    @ConfigProperty(name = "lgsp.statistics.hour-retention-days", defaultValue = "400")
    int hourDays;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Inject
    MonitoredNames names;

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

    /** The answer: the period as answered (from moved to its bucket's start), the totals, and each non-empty bucket. */
    public record Report(Instant from, Instant to, String bucket, Figures total, List<Figures> buckets) {
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

    /** The earliest instant answered with {@code bucket}; null: all kept. */
    public Instant earliest(StatisticsQuery.Bucket bucket, Instant now) {
        return switch (bucket.span) {
            case MINUTE -> now.minus(Duration.ofDays(minuteDays));
            case HOUR -> now.minus(Duration.ofDays(hourDays));
            case DAY -> null;
        };
    }

    public Report report(Caller caller, StatisticsQuery q) {
        MonitoringScope scope = MonitoringScope.of(caller, names);
        Instant earliest = earliest(q.bucket(), Instant.now());
        if (earliest != null && q.from().isBefore(earliest)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "from", "not before " + earliest + " with bucket="
                    + q.bucket().name().toLowerCase() + " (kept " + (q.bucket().span == StatKey.Span.MINUTE ? minuteDays
                    : hourDays) + " days); bucket=hour or day for older periods");
        }
        requireKnown(q);
        List<Object> parameters = new ArrayList<>();
        String where = where(q, scope, parameters);
        String start = q.bucket() == StatisticsQuery.Bucket.MONTH
                ? "date_trunc('month', bucket AT TIME ZONE 'Asia/Ho_Chi_Minh') AT TIME ZONE 'Asia/Ho_Chi_Minh'" : "bucket";
        Map<Instant, Sum> buckets = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException("statistics not read: " + e.getMessage(), e);
        }
        Sum total = new Sum();
        List<Figures> figures = new ArrayList<>();
        buckets.forEach((at, sum) -> {
            total.add(sum);
            figures.add(sum.figures(at));
        });
        return new Report(q.from(), q.to(), q.bucket().name().toLowerCase(), total.figures(q.from()), figures);
    }

    /** Each filter names something the registry knows (any state: a retired service's figures stay readable). */
    private void requireKnown(StatisticsQuery q) {
        if (q.service() != null && !exists("SELECT 1 FROM service s JOIN information_system i ON i.id = s.system_id"
                + " JOIN agency a ON a.id = i.agency_id WHERE a.code = ? AND i.system_code = ? AND s.service_code = ?",
                names.serviceId(q.service()).filter(id -> id.version() == null)
                        .map(id -> List.of(id.agencyCode(), id.systemCode(), id.serviceCode())).orElse(null))) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "service",
                    "a registered service without version, VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat");
        }
        if (q.consumer() != null && !exists("SELECT 1 FROM information_system i JOIN agency a ON a.id = i.agency_id"
                + " WHERE a.code = ? AND i.system_code = ?", names.systemId(q.consumer())
                .map(id -> List.of(id.agencyCode(), id.systemCode())).orElse(null))) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "consumer", "a registered system, VN/GOV/H24.10/his");
        }
        for (String[] agency : new String[][] {{"providerAgency", q.providerAgency()}, {"consumerAgency", q.consumerAgency()}}) {
            if (agency[1] != null && !exists("SELECT 1 FROM agency WHERE code = ?", List.of(agency[1]))) {
                throw new LgspException(ErrorCode.INVALID_PARAMETER, agency[0], "a registered agency code, H24.10");
            }
        }
    }

    private boolean exists(String sql, List<String> values) {
        if (values == null) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
