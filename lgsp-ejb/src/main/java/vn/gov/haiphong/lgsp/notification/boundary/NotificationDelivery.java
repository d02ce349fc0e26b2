package vn.gov.haiphong.lgsp.notification.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.notification.control.Deliveries;

/**
 * Every five seconds, on every node: sends what is due, batch after batch, until a batch comes back short. The
 * nodes share the work through row locks ({@link Deliveries}), so the timer need not run once per cluster.
 */
@Singleton
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    static final int MAX_BATCHES = 50;

    @EJB
    Deliveries deliveries;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void deliver() {
        try {
            for (int i = 0; i < MAX_BATCHES && deliveries.deliverDue() == Deliveries.BATCH; i++) {
                // the next batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification delivery stopped for now; the next run goes on", e);
        }
    }
}
