package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
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

/**
 * Applies approved organisational changes on their effective date (Quy chế Đ.8.3): run once per cluster by the
 * monitoring jobs table ({@code monitor_job} row {@code org-changes}, every
 * {@code lgsp.registry.org-change.interval-seconds}). Each change is applied in its own transaction; one that
 * the registry no longer allows keeps its {@code applyError} and is tried again next time. "Today" is the date in
 * Asia/Ho_Chi_Minh, moved by {@code lgsp.registry.org-change.clock-offset} (an ISO-8601 duration, default
 * {@code PT0S}) — which lets a test see a change dated tomorrow applied without waiting a day.
 */
@Stateless
public class OrgChangeJob {

    /** The job's name in {@code monitor_job}. */
    public static final String NAME = "org-changes";
    private static final Logger LOG = Logger.getLogger(OrgChangeJob.class.getName());
    private static final Caller PLATFORM = Caller.platform("org-change-job");

    @EJB
    OrganisationalChanges changes;

    @Inject
    @ConfigProperty(name = "lgsp.registry.org-change.clock-offset", defaultValue = "PT0S")
    Duration clockOffset;

    /** Applies what is due; answers how many were applied. */
    public int run() {
        LocalDate today = LocalDate.now(Clock.offset(Clock.system(WorkingDays.VIETNAM), clockOffset));
        int applied = 0;
        for (long id : changes.due(today)) {
            try {
                changes.applyDue(PLATFORM, id);
                applied++;
            } catch (LgspException refused) {
                changes.recordApplyFailure(id, refused);
                LOG.warning(() -> "Organisational change " + id + " not applied on its date: " + refused.code().slug());
            }
        }
        return applied;
    }
}
