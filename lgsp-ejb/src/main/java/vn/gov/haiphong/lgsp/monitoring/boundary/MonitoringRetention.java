package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long monitoring data is kept (run hourly, once per cluster): minute statistics
 * {@code lgsp.statistics.minute-retention-days} (35), hour statistics {@code lgsp.statistics.hour-retention-days}
 * (400), day statistics always (they are small and answer the annual report); probe results
 * {@code lgsp.monitoring.probe-retention-days} (30); resolved alerts {@code lgsp.monitoring.alert-retention-days} (400).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MonitoringRetention {

    private static final Logger LOG = Logger.getLogger(MonitoringRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lgsp.statistics.minute-retention-days", defaultValue = "35")
    int minuteDays;

    @Inject
    @ConfigProperty(name = "lgsp.statistics.hour-retention-days", defaultValue = "400")
    int hourDays;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.probe-retention-days", defaultValue = "30")
    int probeDays;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert-retention-days", defaultValue = "400")
    int alertDays;

    public void apply() {
        int minutes = delete("DELETE FROM exchange_stat WHERE span = 'MINUTE' AND bucket < now() - make_interval(days => ?1)", minuteDays);
        int hours = delete("DELETE FROM exchange_stat WHERE span = 'HOUR' AND bucket < now() - make_interval(days => ?1)", hourDays);
        int uses = delete("DELETE FROM data_use WHERE span = 'MINUTE' AND bucket < now() - make_interval(days => ?1)", minuteDays)
                + delete("DELETE FROM data_use WHERE span = 'HOUR' AND bucket < now() - make_interval(days => ?1)", hourDays);
        int probes = delete("DELETE FROM probe_result WHERE probed_at < now() - make_interval(days => ?1)", probeDays);
        int alerts = delete("DELETE FROM alert WHERE resolved_at < now() - make_interval(days => ?1)", alertDays);
        if (minutes + hours + uses + probes + alerts > 0) {
            LOG.info(() -> "Monitoring retention removed " + minutes + " minute and " + hours + " hour statistics rows, "
                    + uses + " minute and hour data-use rows, " + probes + " probe results, " + alerts + " resolved alerts");
        }
    }

    private int delete(String sql, int days) {
        return em.createNativeQuery(sql).setParameter(1, days).executeUpdate();
    }
}
