package vn.gov.haiphong.lgsp.incident.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.monitoring.control.AlertChanged;

/**
 * Hears alert changes once the monitoring transaction has committed (an alert rolled back opens nothing) and hands them
 * to {@link AlertIncidents}. A failure is logged, never thrown: the alert stands, and the operator sees it firing.
 */
@ApplicationScoped
public class AlertIncidentObserver {

    private static final Logger LOG = Logger.getLogger(AlertIncidentObserver.class.getName());

    @EJB
    AlertIncidents incidents;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged alert) {
        try {
            incidents.changed(alert);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Alert #" + alert.id() + " " + alert.state() + ": its incident was not updated");
        }
    }
}
