package vn.gov.haiphong.lgsp.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes every alert change to the server log: a firing alert as a warning (severe when critical), the rest as info. */
@ApplicationScoped
public class AlertLog {

    private static final Logger LOG = Logger.getLogger(AlertLog.class.getName());

    void changed(@Observes AlertChanged alert) {
        Level level = alert.state() != AlertState.FIRING ? Level.INFO
                : "CRITICAL".equals(alert.rule().severity) ? Level.SEVERE : Level.WARNING;
        LOG.log(level, () -> "Alert #" + alert.id() + " " + alert.rule() + " " + alert.state() + " — " + alert.subject()
                + ": " + alert.detail());
    }
}
