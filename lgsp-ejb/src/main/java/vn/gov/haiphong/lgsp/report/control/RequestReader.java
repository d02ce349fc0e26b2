package vn.gov.haiphong.lgsp.report.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.RequestFigures;

/**
 * Requests of every kind in a period: access requests (đăng ký nhu cầu khai thác), connection requests and
 * organisational changes — filed, decided, overdue, and the median answer time in working days
 * ({@link WorkingDays#between}).
 */
public final class RequestReader {

    /** A kind of request and where its rows and columns are. */
    private record Kind(String name, String table, String filedAt, String decidedAt, String decided, String open,
                        boolean hasDeadline) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("ACCESS", "access_request", "submitted_at", "decided_at", "status IN ('APPROVED', 'REFUSED')",
                    "status IN ('SUBMITTED', 'ESCALATED')", true),
            new Kind("CONNECTION", "connection_request", "submitted_at", "decided_at",
                    "status IN ('APPROVED', 'REFUSED')", "status IN ('SUBMITTED', 'CHECKED')", true),
            new Kind("ORG_CHANGE", "org_change", "proposed_at", "reviewed_at", "status IN ('APPROVED', 'APPLIED', 'REFUSED')",
                    "status IN ('FILED', 'CHECKED', 'SUBMITTED')", false));

    private RequestReader() {
    }

    public static List<RequestFigures> requests(Connection c, Period p, WorkingDays days) throws SQLException {
        List<RequestFigures> figures = new java.util.ArrayList<>();
        for (Kind k : KINDS) {
            figures.add(figures(c, p, days, k));
        }
        return figures;
    }

    private static RequestFigures figures(Connection c, Period p, WorkingDays days, Kind k) throws SQLException {
        Object from = p.startAt();
        Object to = p.endAt();
        long filed = Sql.count(c, "SELECT count(*) FROM " + k.table + " WHERE " + k.filedAt + " >= ? AND " + k.filedAt
                + " < ?", from, to);
        List<Instant[]> answered = Sql.list(c, "SELECT " + k.filedAt + ", " + k.decidedAt + " FROM " + k.table
                + " WHERE " + k.decided + " AND " + k.decidedAt + " >= ? AND " + k.decidedAt + " < ?",
                rs -> new Instant[] {Sql.instant(rs, 1), Sql.instant(rs, 2)}, from, to);
        Long overdue = null;
        if (k.hasDeadline) {
            // Due before the period ended and not answered by the due date: still open when the period ended, or
            // answered late within the period.
            overdue = Sql.count(c, "SELECT count(*) FROM " + k.table + " WHERE due_date < ? AND " + k.filedAt + " < ?"
                    + " AND ((" + k.decidedAt + " IS NULL AND " + k.open + ") OR " + k.decidedAt + " >= ?"
                    + " OR (" + k.decided + " AND " + k.decidedAt + " >= ? AND (" + k.decidedAt
                    + " AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > due_date))", p.to(), to, to, from);
        }
        return new RequestFigures(k.name, filed, answered.size(), overdue,
                median(answered.stream().mapToInt(a -> days.between(a[0], a[1])).sorted().toArray()));
    }

    static Double median(int[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
