package vn.gov.haiphong.lgsp.incident.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/**
 * What an incident cost the parties, from the exchange log (Quy chế Đ.10.5g: the report's impact): the exchanges with
 * the affected services and systems (as provider or consumer) from its detection to its resolution (or now), and how
 * many of them failed or were refused.
 */
@Stateless
public class IncidentImpact {

    @PersistenceContext
    EntityManager em;

    @Inject
    XRoadInstance xroad;

    /** The exchange figures of an incident's span. */
    public record Figures(long exchanges, long failed) {
    }

    /**
     * @param services the affected services, {@code agency/system/service/version}
     * @param systems  the affected systems, {@code agency/system}
     */
    public Figures between(Instant from, Instant to, List<String> services, List<String> systems) {
        List<String> clauses = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String s : services) {
            ServiceId id = ServiceId.parse(s).orElseThrow();
            String name = xroad.name(id.system()) + "/" + id.serviceCode();
            values.add(name);
            clauses.add("service = ?" + (values.size() + 2));
            values.add(like(name) + "/%");
            clauses.add("service LIKE ?" + (values.size() + 2));
        }
        for (String s : systems) {
            String name = xroad.name(SystemId.parse(s).orElseThrow());
            values.add(like(name) + "/%");
            clauses.add("service LIKE ?" + (values.size() + 2));
            values.add(name);
            clauses.add("client = ?" + (values.size() + 2));
        }
        if (clauses.isEmpty()) {
            return new Figures(0, 0);
        }
        Query query = em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE error_code IS NOT NULL)"
                + " FROM exchange_log WHERE received_at >= ?1 AND received_at < ?2 AND (" + String.join(" OR ", clauses) + ")")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 3, values.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new Figures(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** A name as a LIKE prefix: its own {@code _} and {@code %} match only themselves. */
    private static String like(String name) {
        return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }
}
