package vn.gov.haiphong.lgsp.report.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.monitoring.control.LatencySketch;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.AgencyExchanges;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.Exchanges;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.ServiceFigures;

/**
 * A period's exchanges from the statistics rollup ({@code exchange_stat}, day rows), never from the exchange log:
 * PostgreSQL sums the counts per agency and outcome; the latency sketches are merged here one service at a time, so
 * memory holds one service's sketch whatever the traffic. A day row starts at midnight in Vietnam, as a period does.
 * The rows summing every consumer ({@code client = '*'}) answer per-service and per-provider questions; the rows per
 * consumer answer per-consumer ones; the all-traffic rows ({@code service = '*'}) the totals.
 */
public final class ExchangeReader {

    private static final String DAYS = "span = 'DAY' AND bucket >= ? AND bucket < ?";

    private ExchangeReader() {
    }

    /** Totals, outcomes and agencies; agency names are added by the caller ({@link #named}). */
    public static Exchanges exchanges(Connection c, Period period) throws SQLException {
        long total = 0;
        long failures = 0;
        try (PreparedStatement s = prepare(c, "SELECT coalesce(sum(exchanges), 0), coalesce(sum(failures), 0)"
                + " FROM exchange_stat WHERE " + DAYS + " AND service = '*'", period); ResultSet rs = s.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
            failures = rs.getLong(2);
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("SUCCESS", total - failures);
        try (PreparedStatement s = prepare(c, "SELECT e.key, sum(e.value::bigint) FROM exchange_stat,"
                + " jsonb_each_text(errors) e WHERE " + DAYS + " AND service = '*' GROUP BY 1 ORDER BY 2 DESC, 1", period);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                outcomes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new Exchanges(total, failures, outcomes,
                byAgency(c, period, "provider_agency", "client = '*' AND service <> '*'"),
                byAgency(c, period, "consumer_agency", "client <> '*'"));
    }

    /** Per service: counts, success share and latency percentiles; probe figures are added by the caller. */
    public static List<ServiceFigures> services(Connection c, Period period) throws SQLException {
        List<ServiceFigures> services = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT service, provider_agency, exchanges, failures, latency"
                + " FROM exchange_stat WHERE " + DAYS + " AND client = '*' AND service <> '*' ORDER BY service", period)) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                String current = null;
                String provider = null;
                long exchanges = 0;
                long failures = 0;
                LatencySketch latency = null;
                while (rs.next()) {
                    if (!rs.getString(1).equals(current)) {
                        if (current != null) {
                            services.add(figures(current, provider, exchanges, failures, latency));
                        }
                        current = rs.getString(1);
                        provider = rs.getString(2);
                        exchanges = 0;
                        failures = 0;
                        latency = LatencySketch.empty();
                    }
                    exchanges += rs.getLong(3);
                    failures += rs.getLong(4);
                    latency.add(LatencySketch.decode(rs.getBytes(5)));
                }
                if (current != null) {
                    services.add(figures(current, provider, exchanges, failures, latency));
                }
            }
        }
        return services;
    }

    /** The same figures with each agency's name from {@code names} (code → name). */
    public static Exchanges named(Exchanges e, Map<String, String> names) {
        return new Exchanges(e.total(), e.failures(), e.byOutcome(), named(e.byProvider(), names),
                named(e.byConsumer(), names));
    }

    private static List<AgencyExchanges> named(List<AgencyExchanges> agencies, Map<String, String> names) {
        return agencies.stream().map(a -> new AgencyExchanges(a.agencyCode(), names.get(a.agencyCode()), a.exchanges(),
                a.failures())).toList();
    }

    private static List<AgencyExchanges> byAgency(Connection c, Period period, String column, String rows)
            throws SQLException {
        List<AgencyExchanges> agencies = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT " + column + ", sum(exchanges), sum(failures) FROM exchange_stat"
                + " WHERE " + DAYS + " AND " + rows + " GROUP BY 1 ORDER BY 2 DESC, 1", period);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                agencies.add(new AgencyExchanges(rs.getString(1), null, rs.getLong(2), rs.getLong(3)));
            }
        }
        return agencies;
    }

    private static ServiceFigures figures(String service, String provider, long exchanges, long failures,
                                          LatencySketch latency) {
        Double success = exchanges == 0 ? null : 100.0 * (exchanges - failures) / exchanges;
        return new ServiceFigures(service, provider, exchanges, failures, success, latency.percentileMillis(50),
                latency.percentileMillis(95), latency.percentileMillis(99), null, null);
    }

    static PreparedStatement prepare(Connection c, String sql, Period period) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.setObject(1, period.startAt());
        s.setObject(2, period.endAt());
        return s;
    }
}
