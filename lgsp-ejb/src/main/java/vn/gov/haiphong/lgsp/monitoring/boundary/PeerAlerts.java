package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;

/**
 * The {@link AlertRule#PEER_DOWN} alert, raised and cleared by the gateway's count of failed calls through a peer
 * ({@code federation.control.PeerHealth}), each in its own transaction: an exchange's outcome never waits on it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PeerAlerts {

    @EJB
    Alerts alerts;

    public void down(String instance, String detail) {
        alerts.raise(AlertRule.PEER_DOWN, instance, null, null, detail);
    }

    /** A call went through again: the count of failures in a row damps the rule, so it resolves now. */
    public void up(String instance) {
        alerts.clear(AlertRule.PEER_DOWN, instance, Duration.ZERO);
    }
}
