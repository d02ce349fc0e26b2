package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.calendar.control.WorkingDays;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.exchangelog.control.Retention;

/**
 * The exchange log's retention (DESIGN §5: partitioned by month, retention configurable): monthly partitions
 * whose records are all older than {@code lgsp.exchange-log.retention-months} are dropped — every 6 hours on
 * every node, or at once when the operator asks. 0 (the default) keeps everything: destroying audit records
 * is an explicit decision, taken after they are archived. One node at a time (an advisory lock); every drop
 * is in the admin audit. The verifier starts each node's chain at its first remaining record; the key and the
 * checkpoints anchor it there.
 */
@Stateless
public class ExchangeLogRetention {

    private static final Logger LOG = Logger.getLogger(ExchangeLogRetention.class.getName());
    static final Caller PLATFORM = Caller.platform("exchange-log-retention");
    static final String ENTITY = "exchange_log_partition";

    @PersistenceContext
    EntityManager em;

    @EJB
    AdminAuditLog audit;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.retention-months", defaultValue = "0")
    int retentionMonths;

    /** What a run did: the retention applied, the partitions dropped and those kept (oldest first). */
    public record Outcome(int retentionMonths, List<String> dropped, List<String> kept) {
    }

    @Schedule(hour = "*/6", minute = "17", persistent = false)
    public void scheduled() {
        Outcome outcome = apply(PLATFORM);
        if (!outcome.dropped().isEmpty()) {
            LOG.warning(() -> "Exchange-log retention (" + retentionMonths + " months) dropped " + outcome.dropped());
        }
    }

    @SuppressWarnings("unchecked")
    public Outcome apply(Caller caller) {
        if (!caller.has(Roles.OPERATOR)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('lgsp-exchange-log-retention'))) l")
                .getSingleResult();
        List<String> partitions = em.createNativeQuery("SELECT c.relname FROM pg_inherits i"
                + " JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent"
                + " WHERE p.relname = 'exchange_log' ORDER BY c.relname").getResultList();
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        List<String> dropped = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String partition : partitions) {
            Optional<YearMonth> month = Retention.monthOf(partition);
            if (month.isEmpty() || !Retention.expired(month.get(), retentionMonths, today)) {
                kept.add(partition);
                continue;
            }
            // the application's role has no DDL right: the function (V12) drops it, once more checking the name
            long rows = ((Number) em.createNativeQuery("SELECT lgsp_exchange_log_drop_partition(?1)")
                    .setParameter(1, partition).getSingleResult()).longValue();
            audit.record(caller, "DROP", ENTITY, partition, null,
                    Map.of("month", month.get().toString(), "records", rows), null);
            dropped.add(partition);
        }
        return new Outcome(retentionMonths, dropped, kept);
    }
}
