package vn.gov.haiphong.lgsp.notification.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contacts a notification goes to: an agency's official address from the registry, and the contact officer of
 * each of its information systems concerned; the operator's and the authority's addresses are configuration
 * ({@code lgsp.notification.operator-email}, {@code lgsp.notification.authority-email}).
 */
@Stateless
public class Recipients {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lgsp.notification.operator-email")
    String operatorEmail;

    @Inject
    @ConfigProperty(name = "lgsp.notification.authority-email")
    String authorityEmail;

    public Addressee operator() {
        return new Addressee(null, operatorEmail);
    }

    public Addressee authority() {
        return new Addressee(null, authorityEmail);
    }

    /**
     * The contacts of these agencies and, among their systems, of those with the given ids; an agency without any
     * address is one addressee without an e-mail, so that the notification is kept as undeliverable.
     */
    @SuppressWarnings("unchecked")
    public List<Addressee> of(Collection<Long> agencyIds, Collection<Long> systemIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT a.code, a.email::text, NULL FROM agency a WHERE a.id IN (:agencies)"
                        + " UNION ALL SELECT a.code, s.contact_email::text, s.id FROM information_system s"
                        + " JOIN agency a ON a.id = s.agency_id WHERE s.id IN (:systems) AND s.agency_id IN (:agencies)"
                        + " AND s.contact_email IS NOT NULL ORDER BY 1, 3 NULLS FIRST")
                .setParameter("agencies", List.copyOf(agencyIds))
                .setParameter("systems", systemIds.isEmpty() ? List.of(-1L) : List.copyOf(systemIds)).getResultList();
        Set<Addressee> found = new LinkedHashSet<>();
        Set<String> reached = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (Object[] row : rows) {
            String agency = (String) row[0];
            agencies.add(agency);
            if (row[1] != null) {
                found.add(new Addressee(agency, ((String) row[1]).toLowerCase()));
                reached.add(agency);
            }
        }
        List<Addressee> all = new ArrayList<>(found);
        agencies.stream().filter(a -> !reached.contains(a)).forEach(a -> all.add(new Addressee(a, null)));
        return all;
    }

    /**
     * The agencies concerned by these services besides their providers: those whose systems hold a live right to
     * one of them, directly or through a group.
     */
    @SuppressWarnings("unchecked")
    public List<Long> consumerAgencies(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT s.agency_id FROM access_right r"
                        + " LEFT JOIN system_group_member m ON m.group_id = r.consumer_group_id"
                        + " JOIN information_system s ON s.id = coalesce(r.consumer_system_id, m.system_id)"
                        + " WHERE r.service_id IN (:services) AND r.revoked_at IS NULL AND r.expiry_recorded_at IS NULL"
                        + " AND (r.valid_until IS NULL OR r.valid_until > now()) ORDER BY 1")
                .setParameter("services", List.copyOf(serviceIds)).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
