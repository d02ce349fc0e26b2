package vn.gov.haiphong.lgsp.report.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.ChangeCount;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.CodeListPublication;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.Registry;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.ServiceFigures;

/**
 * The registry's side of a report: what is connected now, what was connected, cancelled and changed in the period
 * (the requests' decisions and the admin audit), the code-list versions published in it, the agencies' names and the
 * services' probe availability.
 */
public final class RegistryReader {

    private RegistryReader() {
    }

    public static Registry registry(Connection c, Period p) throws SQLException {
        Object from = p.startAt();
        Object to = p.endAt();
        String audit = "SELECT count(*) FROM admin_audit WHERE entity_type = ? AND action = ? AND occurred_at >= ?"
                + " AND occurred_at < ?";
        String connection = "SELECT count(*) FROM connection_request WHERE kind = ? AND status = 'APPROVED'"
                + " AND decided_at >= ? AND decided_at < ?";
        List<ChangeCount> changes = Sql.list(c, "SELECT entity_type, action, count(*) FROM admin_audit"
                + " WHERE occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2 ORDER BY 1, 2",
                rs -> new ChangeCount(rs.getString(1), rs.getString(2), rs.getLong(3)), from, to);
        return new Registry(
                Sql.count(c, "SELECT count(*) FROM agency WHERE status = 'ACTIVE'"),
                Sql.count(c, "SELECT count(*) FROM information_system WHERE connection_status = 'CONNECTED'"),
                Sql.count(c, "SELECT count(*) FROM service WHERE status = 'PUBLISHED'"),
                Sql.count(c, audit, "agency", "REGISTER", from, to),
                Sql.count(c, audit, "agency", "RETIRE", from, to),
                Sql.count(c, "SELECT count(*) FROM org_change WHERE status = 'APPROVED' AND reviewed_at >= ?"
                        + " AND reviewed_at < ?", from, to),
                Sql.count(c, connection, "CONNECT", from, to),
                Sql.count(c, connection, "CANCEL", from, to),
                Sql.count(c, audit, "service", "PUBLISH", from, to),
                Sql.count(c, audit, "service", "RETIRE", from, to),
                changes);
    }

    public static List<CodeListPublication> codeLists(Connection c, Period p) throws SQLException {
        return Sql.list(c, "SELECT l.code, l.name_vi, v.number, v.effective_from, v.published_at, v.item_count"
                        + " FROM code_list_version v JOIN code_list l ON l.id = v.list_id WHERE v.status = 'PUBLISHED'"
                        + " AND v.published_at >= ? AND v.published_at < ? ORDER BY v.published_at, l.code",
                rs -> new CodeListPublication(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, java.time.LocalDate.class), Sql.instant(rs, 5), rs.getInt(6)),
                p.startAt(), p.endAt());
    }

    /** Every agency's name by code (retired ones too: a period may name them). */
    public static Map<String, String> agencyNames(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Sql.list(c, "SELECT code, name FROM agency", rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }

    /**
     * The services with the share of their probe runs in the period that were not DOWN, matched on the rollup's
     * service name ({@code …/{agency}/{system}/{service}}, every version together).
     */
    public static List<ServiceFigures> withProbes(Connection c, Period p, List<ServiceFigures> services)
            throws SQLException {
        Map<String, long[]> runs = new HashMap<>();
        Sql.list(c, "SELECT a.code || '/' || i.system_code || '/' || s.service_code, count(*),"
                        + " count(*) FILTER (WHERE r.state <> 'DOWN') FROM probe_result r JOIN service s ON s.id = r.service_id"
                        + " JOIN information_system i ON i.id = s.system_id JOIN agency a ON a.id = i.agency_id"
                        + " WHERE r.probed_at >= ? AND r.probed_at < ? GROUP BY 1",
                rs -> runs.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}), p.startAt(), p.endAt());
        return services.stream().map(s -> {
            String[] parts = s.service().split("/");
            long[] probe = parts.length >= 3 ? runs.get(String.join("/", parts[parts.length - 3],
                    parts[parts.length - 2], parts[parts.length - 1])) : null;
            return probe == null ? s : new ServiceFigures(s.service(), s.providerAgency(), s.exchanges(), s.failures(),
                    s.successPercent(), s.p50Ms(), s.p95Ms(), s.p99Ms(), probe[0], 100.0 * probe[1] / probe[0]);
        }).toList();
    }
}
