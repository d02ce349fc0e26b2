package vn.gov.haiphong.lgsp.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.notification.entity.Notification;
import vn.gov.haiphong.lgsp.notification.entity.NotificationAttempt;

/**
 * Reading the notifications and their delivery attempts: the operator, the authority and the auditor read all; an
 * agency admin those sent to their own agency's contacts. Undeliverable ones stay listed (status UNDELIVERABLE).
 */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    public Page<NotificationView> find(Caller caller, String about, String status, PageRequest page) {
        String agency = null;
        if (!caller.seesEveryAgency()) {
            if (!caller.has(Roles.AGENCY_ADMIN) || caller.agencyCode() == null) {
                throw new LgspException(ErrorCode.ACCESS_DENIED);
            }
            agency = caller.agencyCode();
        }
        Notification.Status wanted = parseStatus(status);
        String subject = about == null || about.isBlank() ? null : about.strip();
        List<Notification> found = em.createNamedQuery(Notification.SEARCH, Notification.class)
                .setParameter("agency", agency).setParameter("about", subject).setParameter("status", wanted)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Notification.COUNT, Long.class).setParameter("agency", agency)
                .setParameter("about", subject).setParameter("status", wanted).getSingleResult();
        Map<Long, List<NotificationView.Attempt>> attempts = found.isEmpty() ? Map.of()
                : em.createNamedQuery(NotificationAttempt.OF, NotificationAttempt.class)
                .setParameter("ids", found.stream().map(Notification::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(NotificationAttempt::getNotificationId, Collectors.mapping(
                        a -> new NotificationView.Attempt(a.getAttemptedAt(), a.getNode(), a.getOutcome(), a.getError()),
                        Collectors.toList())));
        return new Page<>(found.stream().map(n -> new NotificationView(n.getId(), n.getKind(), n.getAbout(),
                n.getAgencyCode(), n.getRecipient(), n.getSubject(), n.getBody(), n.getStatus().name(), n.getAttempts(),
                n.getLastError(), n.getCreatedAt(), n.getSentAt(), attempts.getOrDefault(n.getId(), List.of()))).toList(),
                page.page(), page.size(), total);
    }

    private static Notification.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(Notification.Status.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                .orElseThrow(() -> LgspException.invalid(List.of(FieldViolation.of("status", "status.invalid",
                        Arrays.toString(Notification.Status.values())))));
    }
}
