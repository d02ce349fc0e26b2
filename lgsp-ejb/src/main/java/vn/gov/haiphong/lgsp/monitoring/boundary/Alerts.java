package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.control.AlertChanged;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;
import vn.gov.haiphong.lgsp.monitoring.control.AlertState;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Alerts (cảnh báo; Quy chế Đ.10.1–10.2): raised by the probes and the rules over the statistics, stored, at most one
 * open per rule and subject (a unique index: a condition that persists keeps its alert firing, it never raises a
 * second), acknowledged by the operator, resolved when the condition has cleared — after a damping period, so that a
 * flapping provider does not fire and resolve on every probe. Every change is a synchronous {@link AlertChanged}
 * event in the changing transaction (the server log today; the notification outbox commits with it).
 */
@Stateless
public class Alerts {

    static final String ENTITY = "alert";
    private static final String COLUMNS = "id, rule, severity, subject, provider_agency, state, detail, fired_at,"
            + " last_seen_at, acknowledged_at, acknowledged_by, resolved_at";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AlertChanged> changes;

    @EJB
    AdminAuditLog audit;

    public record AlertView(long id, String rule, String severity, String subject, String providerAgency, String state,
                            String detail, Instant firedAt, Instant lastSeenAt, Instant acknowledgedAt,
                            String acknowledgedBy, Instant resolvedAt) {
    }

    /**
     * The condition holds: a new alert fires, or the open one stays firing (last seen now; a clearing in progress is
     * called off). Answers whether a new alert fired.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean raise(AlertRule rule, String subject, Long serviceId, String providerAgency, String detail) {
        Object[] row = (Object[]) em.createNativeQuery("WITH raised AS (INSERT INTO alert (rule, subject, service_id, provider_agency,"
                        + " state, severity, detail, fired_at, last_seen_at) VALUES (?1, ?2, NULLIF(?3, -1), NULLIF(?4, ''), 'FIRING', ?5,"
                        + " ?6, now(), now())"
                        + " ON CONFLICT (rule, subject) WHERE resolved_at IS NULL DO UPDATE SET last_seen_at = now(),"
                        + " clear_since = NULL, detail = EXCLUDED.detail RETURNING id, xmax = 0 AS fired) SELECT id, fired FROM raised")
                .setParameter(1, rule.name()).setParameter(2, subject)
                // absent values as sentinels: a bare null parameter has no type for the driver
                .setParameter(3, serviceId == null ? -1L : serviceId).setParameter(4, providerAgency == null ? "" : providerAgency).setParameter(5, rule.severity).setParameter(6, detail).getSingleResult();
        boolean fired = (Boolean) row[1];
        if (fired) {
            changes.fire(new AlertChanged(((Number) row[0]).longValue(), rule, subject, providerAgency, AlertState.FIRING,
                    detail, Instant.now()));
        }
        return fired;
    }

    /**
     * The condition does not hold: the open alert (if any) starts clearing, and is resolved once it has been clear for
     * {@code damping} (zero: now — for a rule that damps itself, as the probes' consecutive-results count does).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void clear(AlertRule rule, String subject, Duration damping) {
        em.createNativeQuery("UPDATE alert SET clear_since = now() WHERE rule = ?1 AND subject = ?2"
                + " AND resolved_at IS NULL AND clear_since IS NULL").setParameter(1, rule.name())
                .setParameter(2, subject).executeUpdate();
        List<Object[]> resolved = em.createNativeQuery("WITH resolved AS (UPDATE alert SET state = 'RESOLVED', resolved_at = now(),"
                        + " version = version + 1 WHERE rule = ?1 AND subject = ?2 AND resolved_at IS NULL"
                        + " AND clear_since <= now() - make_interval(secs => ?3) RETURNING id, provider_agency)"
                        + " SELECT id, provider_agency FROM resolved")
                .setParameter(1, rule.name()).setParameter(2, subject).setParameter(3, (double) damping.toSeconds())
                .getResultList();
        for (Object[] r : resolved) {
            changes.fire(new AlertChanged(((Number) r[0]).longValue(), rule, subject, (String) r[1], AlertState.RESOLVED,
                    "cleared", Instant.now()));
        }
    }

    /** The operator has seen it: FIRING → ACKNOWLEDGED (audited). */
    public AlertView acknowledge(Caller caller, long id) {
        caller.require(Roles.OPERATOR);
        AlertView before = find(id);
        if (!AlertState.FIRING.name().equals(before.state())) {
            throw new LgspException(ErrorCode.ALERT_STATE, id, before.state());
        }
        em.createNativeQuery("UPDATE alert SET state = 'ACKNOWLEDGED', acknowledged_at = now(), acknowledged_by = ?1,"
                + " version = version + 1 WHERE id = ?2 AND state = 'FIRING'").setParameter(1, caller.name())
                .setParameter(2, id).executeUpdate();
        AlertView after = find(id);
        audit.record(caller, "ACKNOWLEDGE", ENTITY, Long.toString(id), before.providerAgency(),
                Map.of("state", before.state()), Map.of("state", after.state()));
        changes.fire(new AlertChanged(id, AlertRule.valueOf(after.rule()), after.subject(), after.providerAgency(),
                AlertState.ACKNOWLEDGED, after.detail(), Instant.now()));
        return after;
    }

    /**
     * The incident an alert opened was resolved by the operator: the alert, if still open, is resolved with it
     * (audited). A condition that still holds fires a new alert at its next check.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void resolveWithIncident(Caller caller, long id, String incident) {
        AlertView before = find(id);
        int changed = em.createNativeQuery("UPDATE alert SET state = 'RESOLVED', resolved_at = now(), version = version + 1"
                + " WHERE id = ?1 AND resolved_at IS NULL").setParameter(1, id).executeUpdate();
        if (changed == 0) {
            return;
        }
        AlertView after = find(id);
        audit.record(caller, "RESOLVE", ENTITY, Long.toString(id), before.providerAgency(),
                Map.of("state", before.state()), Map.of("state", after.state(), "incident", incident));
        changes.fire(new AlertChanged(id, AlertRule.valueOf(after.rule()), after.subject(), after.providerAgency(),
                AlertState.RESOLVED, incident + " resolved", Instant.now()));
    }

    /**
     * Alerts, newest first: {@code state} one of FIRING, ACKNOWLEDGED, RESOLVED or {@code open} (the first two), null
     * for all. The oversight roles see every alert; an agency admin those about its agency's services.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<AlertView> find(Caller caller, String state, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (state != null) {
            String wanted = state.toUpperCase(Locale.ROOT);
            if (wanted.equals("OPEN")) {
                where.append(" AND resolved_at IS NULL");
            } else if (List.of("FIRING", "ACKNOWLEDGED", "RESOLVED").contains(wanted)) {
                parameters.add(wanted);
                where.append(" AND state = ?").append(parameters.size());
            } else {
                throw new LgspException(ErrorCode.INVALID_PARAMETER, "state", "open, firing, acknowledged or resolved");
            }
        }
        if (!caller.seesEveryAgency()) {
            if (!caller.has(Roles.AGENCY_ADMIN) || caller.agencyCode() == null) {
                throw new LgspException(ErrorCode.ACCESS_DENIED);
            }
            parameters.add(caller.agencyCode());
            where.append(" AND provider_agency = ?").append(parameters.size());
        }
        Query count = em.createNativeQuery("SELECT count(*) FROM alert WHERE " + where);
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM alert WHERE " + where + " ORDER BY fired_at DESC, id DESC");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            rows.setParameter(i + 1, parameters.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found.stream().map(Alerts::view).toList(), page.page(), page.size(), total);
    }

    /** The open alerts about the given services' names (the status board's). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<AlertView> open() {
        List<Object[]> found = em.createNativeQuery("SELECT " + COLUMNS + " FROM alert WHERE resolved_at IS NULL"
                + " ORDER BY fired_at DESC").getResultList();
        return found.stream().map(Alerts::view).toList();
    }

    private AlertView find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT " + COLUMNS + " FROM alert WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw new LgspException(ErrorCode.ALERT_NOT_FOUND, id);
        }
        return view(found.get(0));
    }

    private static AlertView view(Object[] r) {
        return new AlertView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], NativeValues.instant(r[7]), NativeValues.instant(r[8]),
                NativeValues.instant(r[9]), (String) r[10], NativeValues.instant(r[11]));
    }
}
