package vn.gov.haiphong.lgsp.cluster;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Announces, inside the changing transaction, that a cache topic changed (see the package doc). */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CacheChanges {

    /** The PostgreSQL notification channel every node listens on. */
    public static final String CHANNEL = "lgsp_cache";

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<CacheChanged> events;

    public void announce(String topic) {
        em.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', ?1)").setParameter(1, topic).getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    events.fire(new CacheChanged(topic));
                }
            }
        });
    }
}
