package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;
import vn.gov.haiphong.lgsp.monitoring.control.LatencySketch;

/**
 * The alert rules over the statistics, evaluated once per cluster every {@code lgsp.monitoring.alert.interval-seconds}
 * over the last {@code lgsp.monitoring.alert.window-minutes} minutes of each service's traffic (minute rollups): the
 * share of exchanges the provider side failed ({@code Server.ServerProxy.*} codes — a consumer's refused call is not
 * the provider's fault) and the p99 latency. A rule needs {@code lgsp.monitoring.alert.min-exchanges} exchanges in the
 * window to fire; an alert resolves when its condition has been clear for a whole window (damping).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AlertRules {

    @PersistenceContext
    EntityManager em;

    @EJB
    Alerts alerts;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.window-minutes", defaultValue = "5")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.error-rate-percent", defaultValue = "20")
    double errorRatePercent;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.min-exchanges", defaultValue = "20")
    long minExchanges;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.p99-ms", defaultValue = "5000")
    double p99Ms;

    private static final class Window {
        String agency;
        long exchanges;
        long providerFailures;
        final LatencySketch latency = LatencySketch.empty();
    }

    @SuppressWarnings("unchecked")
    public void evaluate() {
        List<Object[]> rows = em.createNativeQuery("SELECT service, provider_agency, exchanges, (SELECT coalesce(sum(value::bigint), 0)"
                + " FROM jsonb_each_text(errors) WHERE key LIKE 'Server.ServerProxy.%'), latency FROM exchange_stat"
                + " WHERE span = 'MINUTE' AND bucket >= date_trunc('minute', now()) - make_interval(mins => ?1)"
                + " AND service NOT IN ('-', '*') AND client = '*'").setParameter(1, windowMinutes).getResultList();
        Map<String, Window> services = new HashMap<>();
        for (Object[] r : rows) {
            Window w = services.computeIfAbsent((String) r[0], k -> new Window());
            w.agency = (String) r[1];
            w.exchanges += ((Number) r[2]).longValue();
            w.providerFailures += ((Number) r[3]).longValue();
            w.latency.add(LatencySketch.decode((byte[]) r[4]));
        }
        Duration damping = Duration.ofMinutes(windowMinutes);
        services.forEach((service, w) -> {
            double rate = 100.0 * w.providerFailures / Math.max(1, w.exchanges);
            if (w.exchanges >= minExchanges && rate > errorRatePercent) {
                alerts.raise(AlertRule.ERROR_RATE, service, null, w.agency, String.format("%.1f %% of %d exchanges failed"
                        + " at the provider in the last %d minutes (limit %.1f %%)", rate, w.exchanges, windowMinutes,
                        errorRatePercent));
            } else {
                alerts.clear(AlertRule.ERROR_RATE, service, damping);
            }
            Double p99 = w.latency.percentileMillis(99);
            if (w.exchanges >= minExchanges && p99 != null && p99 > p99Ms) {
                alerts.raise(AlertRule.SLOW, service, null, w.agency, String.format("p99 %.0f ms over the last %d minutes"
                        + " (limit %.0f ms)", p99, windowMinutes, p99Ms));
            } else {
                alerts.clear(AlertRule.SLOW, service, damping);
            }
        });
        // Open alerts of services without traffic in the window: their condition no longer holds.
        List<Object[]> open = em.createNativeQuery("SELECT rule, subject FROM alert WHERE resolved_at IS NULL"
                + " AND rule IN ('ERROR_RATE', 'SLOW')").getResultList();
        for (Object[] a : open) {
            if (!services.containsKey((String) a[1])) {
                alerts.clear(AlertRule.valueOf((String) a[0]), (String) a[1], damping);
            }
        }
    }
}
