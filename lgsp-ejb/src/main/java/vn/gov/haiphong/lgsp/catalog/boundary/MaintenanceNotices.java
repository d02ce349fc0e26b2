package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, on every node: the reminders 24 hours before a maintenance window and the notices of its end
 * (Quy chế Đ.9.7, Đ.14.2), queued once each ({@link ServiceAvailability#sweepNotices}).
 */
@Singleton
public class MaintenanceNotices {

    private static final Logger LOG = Logger.getLogger(MaintenanceNotices.class.getName());

    @EJB
    ServiceAvailability availability;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void sweep() {
        try {
            int queued = availability.sweepNotices();
            if (queued > 0) {
                LOG.fine(() -> "Maintenance notices queued: " + queued);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Maintenance notices: the sweep failed; the next one goes on", e);
        }
    }
}
