package vn.gov.haiphong.lgsp.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.gov.haiphong.lgsp.notification.entity.Notification;

/**
 * Queues a notification in the caller's transaction: it exists if and only if its cause commits. One row per
 * distinct address; the senders deliver it later ({@code NotificationDelivery}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    /**
     * @param kind  the template ({@code templates.properties}) and the notification's kind
     * @param about what it is about, e.g. {@code incident/12}
     * @param args  the template's arguments
     * @return how many rows were queued
     */
    public int queue(String kind, String about, Collection<Addressee> to, Object... args) {
        Templates.Message message = Templates.render(kind, args);
        Set<String> seen = new HashSet<>();
        int queued = 0;
        for (Addressee addressee : to) {
            String key = addressee.email() == null ? "agency:" + addressee.agencyCode() : addressee.email();
            if (seen.add(key)) {
                em.persist(new Notification(kind, about, addressee.agencyCode(), addressee.email(), message.subject(),
                        message.body()));
                queued++;
            }
        }
        return queued;
    }
}
