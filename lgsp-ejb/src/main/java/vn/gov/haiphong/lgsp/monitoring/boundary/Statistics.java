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
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseQuery;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseReport;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoredNames;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoringScope;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsQuery;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsReport;

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

    /** The earliest instant answered with {@code bucket}; null: all kept. */
    public Instant earliest(StatisticsQuery.Bucket bucket, Instant now) {
        return switch (bucket.span) {
            case MINUTE -> now.minus(Duration.ofDays(minuteDays));
            case HOUR -> now.minus(Duration.ofDays(hourDays));
            case DAY -> null;
        };
    }

    public StatisticsReport report(Caller caller, StatisticsQuery q) {
        MonitoringScope scope = MonitoringScope.of(caller, names);
        requireKept(q);
        requireKnown(q);
        try (Connection c = dataSource.getConnection()) {
            return StatisticsReport.read(c, q, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("statistics not read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads of the platform's own data by systems outside the gateway (Quy chế Đ.11.5; {@code data_use}, kept by
     * {@link DataUseFlush}): the oversight roles see every system's, an agency admin its agency's systems', a system its
     * own. The same buckets and retention as the exchange statistics.
     */
    public DataUseReport dataUse(Caller caller, DataUseQuery q) {
        MonitoringScope scope = MonitoringScope.of(caller, names);
        requireKept(q.window());
        requireKnown(q.window());
        try (Connection c = dataSource.getConnection()) {
            return DataUseReport.read(c, q, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("data use not read: " + e.getMessage(), e);
        }
    }

    /** Minutes and hours are answered only as far back as they are kept. */
    private void requireKept(StatisticsQuery q) {
        Instant earliest = earliest(q.bucket(), Instant.now());
        if (earliest != null && q.from().isBefore(earliest)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "from", "not before " + earliest + " with bucket="
                    + q.bucket().name().toLowerCase() + " (kept " + (q.bucket().span == StatKey.Span.MINUTE ? minuteDays
                    : hourDays) + " days); bucket=hour or day for older periods");
        }
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
}
