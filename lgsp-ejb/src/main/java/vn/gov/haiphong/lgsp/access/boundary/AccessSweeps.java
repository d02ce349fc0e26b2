package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import vn.gov.haiphong.lgsp.common.security.Caller;

/**
 * Every five minutes, on every node (each claims its rows with SKIP LOCKED, so nothing is done twice):
 * escalate access requests past their due date to the authority, and record rights whose end date
 * has passed.
 */
@Singleton
public class AccessSweeps {

    private static final Logger LOG = Logger.getLogger(AccessSweeps.class.getName());
    static final Caller PLATFORM = Caller.platform("access-sweep");

    @EJB
    AccessRequests requests;

    @EJB
    AccessRights rights;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sweep() {
        int escalated = requests.escalateOverdue(PLATFORM);
        int expired = rights.recordExpiries(PLATFORM);
        if (escalated + expired > 0) {
            LOG.info(() -> "Access sweep: " + escalated + " requests escalated, " + expired + " expired rights recorded");
        }
    }
}
