package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.monitoring.boundary.ClusterJob;

/**
 * Applies approved organisational changes on their effective date (Quy chế Đ.8.3): run once per cluster by the
 * monitoring jobs table ({@code monitor_job} row {@code org-changes}, every
 * {@code lgsp.registry.org-change.interval-seconds}). Each change is applied in its own transaction; one that
 * the registry no longer allows keeps its {@code applyError} and is tried again next time. "Today" is the date in
 * Asia/Ho_Chi_Minh, moved by {@code lgsp.registry.org-change.clock-offset} (an ISO-8601 duration, default
 * {@code PT0S}) — which lets a test see a change dated tomorrow applied without waiting a day.
 */
@Stateless
@Local(ClusterJob.class)
public class OrgChangeJob implements ClusterJob {

    /** The job's name in {@code monitor_job}. */
    public static final String NAME = "org-changes";
    private static final Logger LOG = Logger.getLogger(OrgChangeJob.class.getName());
    private static final Caller PLATFORM = Caller.platform("org-change-job");

    @EJB
    OrganisationalChanges changes;

    @Inject
    @ConfigProperty(name = "lgsp.registry.org-change.clock-offset", defaultValue = "PT0S")
    Duration clockOffset;

    /** How often approved organisational changes are looked at for their effective date. */
    @Inject
    @ConfigProperty(name = "lgsp.registry.org-change.interval-seconds", defaultValue = "300")
    int intervalSeconds;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int intervalSeconds() {
        return intervalSeconds;
    }

    /** Applies what is due. */
    @Override
    public void run() {
        LocalDate today = LocalDate.now(Clock.offset(Clock.system(WorkingDays.VIETNAM), clockOffset));
        for (long id : changes.due(today)) {
            try {
                changes.applyDue(PLATFORM, id);
            } catch (LgspException refused) {
                changes.recordApplyFailure(id, refused);
                LOG.warning(() -> "Organisational change " + id + " not applied on its date: " + refused.code().slug());
            }
        }
    }
}
