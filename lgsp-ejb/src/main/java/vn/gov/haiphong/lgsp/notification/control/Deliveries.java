package vn.gov.haiphong.lgsp.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.notification.entity.Notification;
import vn.gov.haiphong.lgsp.notification.entity.NotificationAttempt;

/**
 * Delivers due notifications, one batch per transaction. The batch's rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}: while one node holds them, another sender passes them by, so each message is sent
 * by one node; the outcome of each attempt is stored in the same transaction.
 */
@Stateless
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    public static final int BATCH = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "lgsp.notification.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "lgsp.notification.backoff-seconds", defaultValue = "30")
    long backoffSeconds;

    /**
     * @param node who sends: the node's name, with the sender's number when a node runs several
     * @return how many notifications this batch tried
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int deliverDue(String node) {
        List<Number> ids = em.createNativeQuery("SELECT id FROM notification WHERE status = 'PENDING'"
                + " AND next_attempt_at <= now() ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED").getResultList();
        for (Number id : ids) {
            Notification n = em.find(Notification.class, id.longValue());
            try {
                mailer.send(n.getRecipient(), n.getSubject(), n.getBody());
                n.sent();
                em.persist(new NotificationAttempt(n.getId(), node, "SENT", null));
            } catch (MessagingException | RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                n.failed(error, maxAttempts, Duration.ofSeconds(backoffSeconds), Duration.ofHours(1));
                em.persist(new NotificationAttempt(n.getId(), node, "FAILED", error));
                if (n.getStatus() == Notification.Status.UNDELIVERABLE) {
                    LOG.warning(() -> "Notification " + n.getId() + " to " + n.getRecipient() + " is undeliverable after "
                            + n.getAttempts() + " attempts: " + error);
                }
            }
        }
        return ids.size();
    }
}
