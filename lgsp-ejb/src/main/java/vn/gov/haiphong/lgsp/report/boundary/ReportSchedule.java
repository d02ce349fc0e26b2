package vn.gov.haiphong.lgsp.report.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.monitoring.boundary.ClusterJob;

/**
 * The report schedule as a once-per-cluster job (monitoring's jobs table): every
 * {@code lgsp.report.schedule-interval-seconds} (an hour) it makes the reports due today that do not exist yet —
 * the month's on its first working day, the year's in December. Whichever node claims the job runs it; the unique
 * index on scheduled periods backs the check.
 */
@Stateless
@Local(ClusterJob.class)
public class ReportSchedule implements ClusterJob {

    public static final String JOB = "report-schedule";
    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @EJB
    Reports reports;

    @Inject
    @ConfigProperty(name = "lgsp.report.schedule-interval-seconds", defaultValue = "3600")
    int intervalSeconds;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public int intervalSeconds() {
        return intervalSeconds;
    }

    @Override
    public void run() {
        reports.runSchedule(WorkingCalendar.today()).forEach(made -> LOG.info(() -> "Scheduled report generated: "
                + made.kind() + " " + made.from() + " – " + made.to() + " (id " + made.id() + ")"));
    }
}
