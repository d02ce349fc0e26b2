package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.notification.control.Notices;
import vn.gov.haiphong.lgsp.registry.entity.OrgChange;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Organisational changes that wait too long (thay đổi tổ chức chờ xử lý quá hạn): the regulation sets no deadline for
 * them (Quy chế Đ.8.3), so the platform holds them to the other requests' five working days (Nghị định 47/2020 Đ.35)
 * from filing while they wait on the platform's side — the operator's check, the authority's submission or the
 * Chairman's decision it records. The oversight view lists them; the overdue job tells their parties once.
 */
@Stateless
public class OverdueOrgChanges {

    /** How long a change may wait before it is overdue, in working days from its filing. */
    public static final int WORKING_DAYS = 5;
    /** The statuses in which a change waits on the platform's side, as an SQL list. */
    public static final String WAITING = "'FILED', 'CHECKED', 'SUBMITTED'";

    @PersistenceContext
    EntityManager em;

    @EJB
    Notices notices;

    /**
     * Tells the filing agency, the operator and the authority of every change overdue on {@code today}, once each
     * ({@code overdue_notified_at}); in the caller's transaction. Rows being changed meanwhile are skipped (SKIP
     * LOCKED) and looked at next time. Filed within the last five calendar days, a change cannot be overdue yet.
     */
    @SuppressWarnings("unchecked")
    public int tellOverdue(LocalDate today, WorkingDays days) {
        List<Object[]> waiting = em.createNativeQuery("SELECT id, proposed_at FROM org_change WHERE status IN (" + WAITING
                        + ") AND overdue_notified_at IS NULL AND proposed_at < ?1 ORDER BY id LIMIT 500"
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, today.minusDays(WORKING_DAYS).atStartOfDay(WorkingDays.VIETNAM).toInstant())
                .getResultList();
        List<Long> told = new ArrayList<>();
        for (Object[] row : waiting) {
            LocalDate due = days.deadline(NativeValues.instant(row[1]), WORKING_DAYS);
            if (due.isBefore(today)) {
                OrgChange change = em.find(OrgChange.class, ((Number) row[0]).longValue());
                notices.tellAgencies("ORG_CHANGE_OVERDUE", "org-change/" + change.getId(), List.of(change.getAgencyCode()),
                        true, change.getId(), change.getKind(), change.getAgencyCode(), change.getStatus(), due);
                told.add(change.getId());
            }
        }
        if (!told.isEmpty()) {
            em.createNativeQuery("UPDATE org_change SET overdue_notified_at = clock_timestamp() WHERE id IN (:ids)")
                    .setParameter("ids", told).executeUpdate();
        }
        return told.size();
    }
}
