package vn.gov.haiphong.lgsp.federation.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.monitoring.boundary.PeerAlerts;

/**
 * Whether a national peer answers, as this node's calls through it find: {@code lgsp.monitoring.alert.peer-failures}
 * (3) calls in a row that could not reach it, timed out or had the LGSP's credentials refused raise the peer's
 * {@code PEER_DOWN} alert; the next call that reaches it resolves the alert. The peer's own answers (a citizen not
 * found, its service failing) are not the link's failures. The database is written only when the state changes.
 */
@ApplicationScoped
public class PeerHealth {

    private static final Logger LOG = Logger.getLogger(PeerHealth.class.getName());
    private static final Set<ErrorCode> LINK_FAILURES = Set.of(ErrorCode.SERVICE_FAILED, ErrorCode.SERVICE_TIMEOUT,
            ErrorCode.PEER_REFUSED);

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.peer-failures", defaultValue = "3")
    int failuresToAlert;

    @EJB
    PeerAlerts alerts;

    private final Map<String, AtomicInteger> failuresInARow = new ConcurrentHashMap<>();

    /** A call through the peer reached it. */
    public void reached(String instance) {
        AtomicInteger failures = failuresInARow.get(instance);
        if (failures != null && failures.getAndSet(0) >= failuresToAlert) {
            tell(() -> alerts.up(instance));
        }
    }

    /** A call through the peer failed with {@code failure}: counted when it is the link's failure. */
    public void failed(String instance, LgspException failure) {
        if (!LINK_FAILURES.contains(failure.code())) {
            return;
        }
        int inARow = failuresInARow.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
        if (inARow == failuresToAlert) {
            tell(() -> alerts.down(instance, inARow + " calls in a row through the peer " + instance + " failed, the last: "
                    + failure.code().name()));
        }
    }

    /** The alert's own failure is logged, never the exchange's. */
    private static void tell(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The peer's alert could not be changed", e);
        }
    }
}
