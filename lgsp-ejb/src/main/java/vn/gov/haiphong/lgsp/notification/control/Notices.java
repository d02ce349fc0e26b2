package vn.gov.haiphong.lgsp.notification.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tells the parties of a change made elsewhere in the platform — an access or connection request filed, decided or
 * overdue, a service disabled or retired, an organisational change approved: one call per cause, in the cause's
 * transaction (so the notification exists if and only if the change commits), to the contacts of the agencies and
 * systems concerned and the operator.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notices {

    @PersistenceContext
    EntityManager em;

    @EJB
    Outbox outbox;

    @EJB
    Recipients recipients;

    /**
     * @param kind      the template ({@code templates.properties})
     * @param about     what it is about, e.g. {@code access-request/7}
     * @param agencies  the agencies concerned, by id (each told once)
     * @param systems   the systems concerned, by id: their contact officers are told too
     * @param authority whether the authority is told as well (what it decides or takes over)
     */
    public int tell(String kind, String about, Collection<Long> agencies, Collection<Long> systems, boolean authority,
                    Object... args) {
        List<Addressee> to = new ArrayList<>(recipients.of(List.copyOf(new LinkedHashSet<>(agencies)),
                List.copyOf(new LinkedHashSet<>(systems))));
        to.add(recipients.operator());
        if (authority) {
            to.add(recipients.authority());
        }
        return outbox.queue(kind, about, to, args);
    }

    /** As {@link #tell}, for a service's change: its provider and the agencies whose systems hold rights to it. */
    public int tellAboutService(String kind, long serviceId, long providerAgency, long providerSystem, Object... args) {
        List<Long> agencies = new ArrayList<>(List.of(providerAgency));
        agencies.addAll(recipients.consumerAgencies(List.of(serviceId)));
        return tell(kind, "service/" + serviceId, agencies, List.of(providerSystem), false, args);
    }

    /** As {@link #tell}, for agencies named by code (those that no longer exist are passed by). */
    @SuppressWarnings("unchecked")
    public int tellAgencies(String kind, String about, Collection<String> codes, boolean authority, Object... args) {
        List<Long> ids = codes.isEmpty() ? List.of() : ((List<Number>) em.createNativeQuery(
                        "SELECT id FROM agency WHERE code IN (:codes) ORDER BY code")
                .setParameter("codes", List.copyOf(codes)).getResultList()).stream().map(Number::longValue).toList();
        return tell(kind, about, ids, List.of(), authority, args);
    }
}
