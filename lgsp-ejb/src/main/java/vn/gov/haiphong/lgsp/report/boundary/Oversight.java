package vn.gov.haiphong.lgsp.report.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.report.control.Sql;
import vn.gov.haiphong.lgsp.report.boundary.OversightView.AgencyItem;
import vn.gov.haiphong.lgsp.report.boundary.OversightView.CodeListItem;
import vn.gov.haiphong.lgsp.registry.boundary.OverdueOrgChanges;
import vn.gov.haiphong.lgsp.report.boundary.OversightView.OverdueRequest;
import vn.gov.haiphong.lgsp.report.boundary.OversightView.ServiceItem;
import vn.gov.haiphong.lgsp.report.boundary.OversightView.SystemItem;

/**
 * The authority's oversight view (Quy chế Đ.15.2): in one call, what in the registers needs its attention. Read-only;
 * the authority, the operator and the auditor see it.
 */
@Stateless
public class Oversight {

    @PersistenceContext
    EntityManager em;

    @EJB
    WorkingCalendar calendar;

    /** How many days ahead a security level's review date puts the system on the list. */
    @Inject
    @ConfigProperty(name = "lgsp.oversight.lapse-days", defaultValue = "30")
    int lapseDays;

    public OversightView view(Caller caller) {
        Reports.requireReader(caller);
        LocalDate today = WorkingCalendar.today();
        WorkingDays days = calendar.workingDays();
        return em.unwrap(Session.class).doReturningWork(c -> new OversightView(Instant.now(), lapseDays,
                overdue(c, today, days),
                systems(c, "i.connection_status = 'CONNECTED' AND i.security_status <> 'APPROVED'", null),
                systems(c, "i.connection_status = 'CONNECTED' AND i.security_status = 'APPROVED'"
                        + " AND i.security_valid_until <= ?", today.plusDays(lapseDays)),
                list(c, "SELECT a.code || '/' || i.system_code || '/' || s.service_code || '/' || s.service_version,"
                        + " s.title_vi, s.status FROM service s JOIN information_system i ON i.id = s.system_id"
                        + " JOIN agency a ON a.id = i.agency_id WHERE s.status <> 'RETIRED' AND NOT EXISTS"
                        + " (SELECT 1 FROM service_document d WHERE d.service_id = s.id AND d.main) ORDER BY 1", null,
                        rs -> new ServiceItem(rs.getString(1), rs.getString(2), rs.getString(3))),
                list(c, "SELECT a.code, a.name FROM agency a WHERE a.status = 'ACTIVE' AND a.email IS NULL"
                        + " AND a.phone IS NULL AND EXISTS (SELECT 1 FROM information_system i WHERE i.agency_id = a.id"
                        + " AND i.connection_status <> 'CANCELLED') AND NOT EXISTS (SELECT 1 FROM information_system i"
                        + " WHERE i.agency_id = a.id AND (i.contact_email IS NOT NULL OR i.contact_phone IS NOT NULL))"
                        + " ORDER BY a.code", null, rs -> new AgencyItem(rs.getString(1), rs.getString(2))),
                list(c, "SELECT l.code, l.name_vi, l.legal_basis_number, l.legal_basis_date, v.number, v.effective_from"
                        + " FROM code_list l LEFT JOIN LATERAL (SELECT number, effective_from FROM code_list_version"
                        + " WHERE list_id = l.id AND status = 'PUBLISHED' ORDER BY number DESC LIMIT 1) v ON true"
                        + " WHERE l.legal_basis_date IS NOT NULL AND (v.number IS NULL"
                        + " OR v.effective_from < l.legal_basis_date) ORDER BY l.code", null,
                        rs -> new CodeListItem(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), (Integer) rs.getObject(5),
                                rs.getObject(6, LocalDate.class)))));
    }

    private static List<OverdueRequest> overdue(Connection c, LocalDate today, WorkingDays days) throws SQLException {
        List<OverdueRequest> overdue = new ArrayList<>();
        // a national request names its service as the peer's catalog does, with no city service to join
        overdue.addAll(list(c, "SELECT 'ACCESS', r.id, ca.code || '/' || ci.system_code || ' → ' || coalesce(pa.code || '/'"
                + " || pi.system_code || '/' || s.service_code || '/' || s.service_version, r.peer_service), ca.code,"
                + " r.status, r.submitted_at, r.due_date FROM access_request r JOIN information_system ci"
                + " ON ci.id = r.consumer_system_id JOIN agency ca ON ca.id = ci.agency_id LEFT JOIN service s"
                + " ON s.id = r.service_id LEFT JOIN information_system pi ON pi.id = s.system_id LEFT JOIN agency pa"
                + " ON pa.id = pi.agency_id WHERE r.status IN ('SUBMITTED', 'ESCALATED') AND r.due_date < ?", today,
                Oversight::request));
        overdue.addAll(list(c, "SELECT 'CONNECTION', r.id, r.kind || ' ' || a.code || '/' || i.system_code, a.code,"
                + " r.status, r.submitted_at, r.due_date FROM connection_request r JOIN information_system i"
                + " ON i.id = r.system_id JOIN agency a ON a.id = i.agency_id"
                + " WHERE r.status IN ('SUBMITTED', 'CHECKED') AND r.due_date < ?", today, Oversight::request));
        for (OverdueRequest change : list(c, "SELECT 'ORG_CHANGE', id, kind || coalesce(' ' || decision_number, ''), agency_code, status,"
                + " proposed_at, NULL FROM org_change WHERE status IN (" + OverdueOrgChanges.WAITING + ")", null,
                Oversight::request)) {
            // no legal deadline: listed once they wait longer than the other requests may
            LocalDate due = days.deadline(change.filedAt(), OverdueOrgChanges.WORKING_DAYS);
            if (due.isBefore(today)) {
                overdue.add(new OverdueRequest(change.kind(), change.id(), change.subject(), change.agencyCode(), change.status(),
                        change.filedAt(), due));
            }
        }
        overdue.sort(Comparator.comparing(OverdueRequest::dueDate).thenComparing(OverdueRequest::filedAt));
        return overdue;
    }

    private static OverdueRequest request(ResultSet rs) throws SQLException {
        Timestamp filed = rs.getTimestamp(6);
        return new OverdueRequest(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                filed.toInstant(), rs.getObject(7, LocalDate.class));
    }

    private static List<SystemItem> systems(Connection c, String where, LocalDate until) throws SQLException {
        return list(c, "SELECT a.code || '/' || i.system_code, i.name, i.security_status, i.security_level,"
                + " i.security_valid_until FROM information_system i JOIN agency a ON a.id = i.agency_id WHERE " + where
                + " ORDER BY i.security_valid_until NULLS FIRST, 1", until,
                rs -> new SystemItem(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : ((Number) rs.getObject(4)).intValue(),
                        rs.getObject(5, LocalDate.class)));
    }

    private static <T> List<T> list(Connection c, String sql, Object parameter, Sql.Row<T> row) throws SQLException {
        return parameter == null ? Sql.list(c, sql, row) : Sql.list(c, sql, row, parameter);
    }
}
