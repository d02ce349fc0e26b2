package vn.gov.haiphong.lgsp.notification.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.monitoring.boundary.ClusterJob;
import vn.gov.haiphong.lgsp.registry.boundary.OverdueOrgChanges;
import vn.gov.haiphong.lgsp.system.boundary.ConnectionRequests;

/**
 * Tells the parties when a connection request or an organisational change passes its due date (thông báo quá hạn):
 * once per cluster through the monitoring jobs table ({@code monitor_job} row {@code overdue-notices}, every
 * {@code lgsp.notification.overdue.interval-seconds}), once per request — the notifications and each request's
 * {@code overdue_notified_at} commit with the job's run. Access requests are told when they escalate
 * ({@code AccessSweeps}).
 */
@Stateless
@Local(ClusterJob.class)
public class OverdueNotices implements ClusterJob {

    /** The job's name in {@code monitor_job}. */
    public static final String NAME = "overdue-notices";
    private static final Logger LOG = Logger.getLogger(OverdueNotices.class.getName());

    @EJB
    ConnectionRequests connections;

    @EJB
    OverdueOrgChanges orgChanges;

    @EJB
    WorkingCalendar calendar;

    /** How often open requests are looked at for their due date. */
    @Inject
    @ConfigProperty(name = "lgsp.notification.overdue.interval-seconds", defaultValue = "300")
    int intervalSeconds;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int intervalSeconds() {
        return intervalSeconds;
    }

    @Override
    public void run() {
        LocalDate today = WorkingCalendar.today();
        int connectionRequests = connections.tellOverdue(today);
        int changes = orgChanges.tellOverdue(today, calendar.workingDays());
        if (connectionRequests + changes > 0) {
            LOG.info(() -> "Overdue: " + connectionRequests + " connection requests and " + changes
                    + " organisational changes told to their parties");
        }
    }
}
