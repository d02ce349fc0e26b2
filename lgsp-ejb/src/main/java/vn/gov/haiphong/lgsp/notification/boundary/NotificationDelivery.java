package vn.gov.haiphong.lgsp.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.notification.control.Deliveries;

/**
 * Every five seconds, on every node: {@code lgsp.notification.deliverers} senders (1 by default) send what is due,
 * batch after batch, until a batch comes back short. The senders of a node and of every other node share the work
 * through row locks ({@link Deliveries}), so neither the timer nor the senders need to run once per cluster.
 */
@Singleton
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());
    static final int MAX_BATCHES = 50;

    @EJB
    Deliveries deliveries;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "lgsp.notification.deliverers", defaultValue = "1")
    int deliverers;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void deliver() {
        String node = System.getProperty("jboss.node.name", "lgsp");
        if (deliverers <= 1) {
            deliverAs(node);
            return;
        }
        // Started together, so that they race for the same due rows: each takes what the others have not locked.
        List<Future<?>> running = new ArrayList<>();
        for (int i = 1; i <= deliverers; i++) {
            String sender = node + "#" + i;
            running.add(executor.submit(() -> deliverAs(sender)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "A notification sender failed", e.getCause());
            }
        }
    }

    private void deliverAs(String sender) {
        try {
            for (int i = 0; i < MAX_BATCHES && deliveries.deliverDue(sender) == Deliveries.BATCH; i++) {
                // the next batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification delivery stopped for now; the next run goes on", e);
        }
    }
}
