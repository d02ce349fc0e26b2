package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLogVerifier;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;

/**
 * The nightly verification of the exchange log (a {@code monitor_job}, once per cluster): the last
 * {@value #WINDOW_HOURS} hours of every node's hash chain — a day and its overlap with the previous run — and the
 * checkpoints up to now, as {@code GET /admin/v1/exchanges/verify} does. A finding, or a verification that cannot run,
 * keeps the {@link AlertRule#CHAIN_BROKEN} alert firing; a clean run resolves it.
 */
@Stateless
public class ChainWatch {

    /** The alert's subject. */
    static final String SUBJECT = "exchange-log";
    static final int WINDOW_HOURS = 26;
    private static final Caller PLATFORM = Caller.platform("chain-verification");

    @EJB
    ExchangeLogVerifier verifier;

    @EJB
    Alerts alerts;

    @Resource
    SessionContext context;

    /** The verification, in its own transaction: one that fails rolls back alone, and the alert still fires. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExchangeLogVerifier.Verification verify() {
        return verifier.verify(PLATFORM, Instant.now().minus(Duration.ofHours(WINDOW_HOURS)), null);
    }

    /** Runs the verification (through the bean, for its own transaction) and keeps the alert; in the job's. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void run() {
        ExchangeLogVerifier.Verification v;
        try {
            v = context.getBusinessObject(ChainWatch.class).verify();
        } catch (EJBException | IllegalStateException e) {
            alerts.raise(AlertRule.CHAIN_BROKEN, SUBJECT, null, null, "the nightly verification could not run: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return;
        }
        if (v.intact()) {
            alerts.clear(AlertRule.CHAIN_BROKEN, SUBJECT, Duration.ZERO);
            return;
        }
        alerts.raise(AlertRule.CHAIN_BROKEN, SUBJECT, null, null, v.findings().size() + " findings in " + v.records()
                + " records since " + v.from() + ": " + v.findings().stream().limit(10)
                .map(f -> f.node() + "#" + f.seq() + " " + f.kind()).collect(Collectors.joining(", "))
                + " (GET /admin/v1/exchanges/verify)");
    }
}
