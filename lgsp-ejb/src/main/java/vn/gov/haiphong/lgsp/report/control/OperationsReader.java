package vn.gov.haiphong.lgsp.report.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.IncidentFigures;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.MaintenanceFigures;

/**
 * The operation of the period: incidents from the incident log (time to isolate: detection to the first isolation;
 * to resolve: detection to the first step to RESOLVED or CLOSED), and the maintenance windows with their notice.
 */
public final class OperationsReader {

    private static final String MINUTES = "extract(epoch FROM %s.first_at - i.detected_at) / 60";

    private OperationsReader() {
    }

    public static List<IncidentFigures> incidents(Connection c, Period p) throws SQLException {
        String isolate = MINUTES.formatted("iso");
        String resolve = MINUTES.formatted("res");
        return Sql.list(c, "SELECT i.severity, count(*), count(iso.first_at), count(res.first_at),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + isolate + "), max(" + isolate + "),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + resolve + "), max(" + resolve + ")"
                        + " FROM incident i"
                        + " LEFT JOIN LATERAL (SELECT min(occurred_at) AS first_at FROM incident_log l"
                        + "   WHERE l.incident_id = i.id AND (l.kind = 'ISOLATE' OR l.to_state = 'ISOLATED')) iso ON true"
                        + " LEFT JOIN LATERAL (SELECT min(occurred_at) AS first_at FROM incident_log l"
                        + "   WHERE l.incident_id = i.id AND l.to_state IN ('RESOLVED', 'CLOSED')) res ON true"
                        + " WHERE i.detected_at >= ? AND i.detected_at < ? GROUP BY i.severity"
                        + " ORDER BY array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], i.severity::text)",
                rs -> new IncidentFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        Sql.nullableDouble(rs, 5), Sql.nullableDouble(rs, 6), Sql.nullableDouble(rs, 7),
                        Sql.nullableDouble(rs, 8)),
                p.startAt(), p.endAt());
    }

    public static List<MaintenanceFigures> maintenance(Connection c, Period p) throws SQLException {
        return Sql.list(c, "SELECT a.code || '/' || i.system_code || '/' || s.service_code || '/' || s.service_version,"
                        + " m.starts_at, m.ends_at, extract(epoch FROM m.starts_at - m.created_at) / 86400, m.emergency,"
                        + " m.office_hours, m.cancelled_at IS NOT NULL FROM service_maintenance m"
                        + " JOIN service s ON s.id = m.service_id JOIN information_system i ON i.id = s.system_id"
                        + " JOIN agency a ON a.id = i.agency_id WHERE m.starts_at >= ? AND m.starts_at < ?"
                        + " ORDER BY m.starts_at, m.id",
                rs -> new MaintenanceFigures(rs.getString(1), Sql.instant(rs, 2), Sql.instant(rs, 3),
                        Math.round(rs.getDouble(4) * 10) / 10.0, rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)),
                p.startAt(), p.endAt());
    }
}
