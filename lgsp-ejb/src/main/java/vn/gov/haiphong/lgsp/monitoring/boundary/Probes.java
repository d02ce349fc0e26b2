package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoredNames;
import vn.gov.haiphong.lgsp.monitoring.control.ProbeCall;
import vn.gov.haiphong.lgsp.monitoring.control.ProbeCaller;
import vn.gov.haiphong.lgsp.monitoring.control.ProbeOutcome;
import vn.gov.haiphong.lgsp.monitoring.control.ProbeState;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Provider probes (thăm dò; Quy chế Đ.10.1: monitor every connected system): the operator declares, per service, what
 * to call and how often; each probe runs once per interval in the cluster ({@link MonitorJobs}) and its outcome is
 * kept as a time series. {@code lgsp.monitoring.alert.down-probes} DOWN results in a row raise one PROVIDER_DOWN
 * alert; {@code lgsp.monitoring.alert.up-probes} results that are not DOWN in a row resolve it (the damping: one good
 * answer between failures does not resolve and re-fire). A service without a probe is watched passively, through its
 * traffic ({@link StatusBoard}).
 */
@Stateless
public class Probes {

    static final String ENTITY = "service_probe";
    /** The job that runs a service's probe. */
    static final String JOB = "probe:";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProbeCaller caller;

    @Inject
    MonitoredNames names;

    @EJB
    Alerts alerts;

    @EJB
    AdminAuditLog audit;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.down-probes", defaultValue = "3")
    int downProbes;

    @Inject
    @ConfigProperty(name = "lgsp.monitoring.alert.up-probes", defaultValue = "2")
    int upProbes;

    /** What the operator declares; null fields take their defaults (60 s, 5000 ms, slow at 2000 ms). */
    public record ProbeDraft(Integer intervalSeconds, Integer timeoutMs, String httpPath, String soapAction,
                             String soapBody, Integer slowMs) {
    }

    public record ResultView(Instant probedAt, String state, Integer latencyMs, Integer httpStatus, String error,
                             String node) {
    }

    public record ProbeView(String service, String version, String providerAgency, int intervalSeconds, int timeoutMs,
                            String httpPath, String soapAction, int slowMs, ResultView last) {
    }

    /** Declares (or replaces) the service's probe; it runs first at once. Operator only; audited. */
    public ProbeView declare(Caller who, ServiceId id, ProbeDraft draft) {
        who.require(Roles.OPERATOR);
        Object[] service = service(id);
        long serviceId = ((Number) service[0]).longValue();
        boolean soap = "SOAP".equals(service[1]);
        int interval = within("intervalSeconds", draft.intervalSeconds(), 60, 1, 86_400);
        int timeout = within("timeoutMs", draft.timeoutMs(), 5000, 100, 60_000);
        int slow = within("slowMs", draft.slowMs(), 2000, 1, 60_000);
        String path = blank(draft.httpPath());
        String body = blank(draft.soapBody());
        if (soap && (body == null || path != null)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "soapBody", "a SOAP envelope to post (and no httpPath)");
        }
        if (!soap && (path == null || !path.startsWith("/") || body != null || draft.soapAction() != null)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "httpPath", "a path below the provider URL, /health");
        }
        em.createNativeQuery("INSERT INTO service_probe (service_id, interval_seconds, timeout_ms, http_path, soap_action,"
                        + " soap_body, slow_ms, updated_by, updated_at) VALUES (?1, ?2, ?3, NULLIF(?4, ''), NULLIF(?5, ''),"
                        + " NULLIF(?6, ''), ?7, ?8, now())"
                        + " ON CONFLICT (service_id) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds,"
                        + " timeout_ms = EXCLUDED.timeout_ms, http_path = EXCLUDED.http_path, soap_action = EXCLUDED.soap_action,"
                        + " soap_body = EXCLUDED.soap_body, slow_ms = EXCLUDED.slow_ms, updated_by = EXCLUDED.updated_by,"
                        + " updated_at = now(), version = service_probe.version + 1")
                .setParameter(1, serviceId).setParameter(2, interval).setParameter(3, timeout).setParameter(4, orEmpty(path))
                .setParameter(5, orEmpty(blank(draft.soapAction()))).setParameter(6, orEmpty(body)).setParameter(7, slow)
                .setParameter(8, who.name()).executeUpdate();
        MonitorJobs.schedule(em, JOB + serviceId, interval);
        audit.record(who, "PUT", ENTITY, id.toString(), id.agencyCode(), null,
                Map.of("intervalSeconds", interval, "timeoutMs", timeout, "slowMs", slow, "what", soap ? "SOAP" : path));
        return view(id, serviceId);
    }

    /** Removes the service's probe (its results stay until retention); the service is then watched passively. */
    public void remove(Caller who, ServiceId id) {
        who.require(Roles.OPERATOR);
        long serviceId = ((Number) service(id)[0]).longValue();
        int removed = em.createNativeQuery("DELETE FROM service_probe WHERE service_id = ?1").setParameter(1, serviceId)
                .executeUpdate();
        if (removed == 0) {
            throw new LgspException(ErrorCode.RESOURCE_NOT_FOUND);
        }
        MonitorJobs.unschedule(em, JOB + serviceId);
        audit.record(who, "DELETE", ENTITY, id.toString(), id.agencyCode(), Map.of("service", id.toString()), null);
    }

    /** A page of the service's probe results between {@code from} and {@code to}, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<ResultView> results(Caller who, ServiceId id, Instant from, Instant to, PageRequest page) {
        if (!who.seesEveryAgency() && !(who.has(Roles.AGENCY_ADMIN) && id.agencyCode().equals(who.agencyCode()))) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        long serviceId = ((Number) service(id)[0]).longValue();
        String within = " FROM probe_result WHERE service_id = ?1 AND probed_at >= ?2 AND probed_at < ?3";
        List<Object[]> rows = em.createNativeQuery("SELECT probed_at, state, latency_ms, http_status, error, node"
                        + within + " ORDER BY probed_at DESC, id DESC").setParameter(1, serviceId)
                .setParameter(2, java.sql.Timestamp.from(from)).setParameter(3, java.sql.Timestamp.from(to))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + within).setParameter(1, serviceId)
                .setParameter(2, java.sql.Timestamp.from(from)).setParameter(3, java.sql.Timestamp.from(to))
                .getSingleResult()).longValue();
        return new Page<>(rows.stream().map(Probes::result).toList(), page.page(), page.size(), total);
    }

    /** Every declared probe with its last result: all for the oversight roles, its own services' for an agency admin. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<ProbeView> list(Caller who) {
        String scope;
        if (who.seesEveryAgency()) {
            scope = "TRUE";
        } else if (who.has(Roles.AGENCY_ADMIN) && who.agencyCode() != null) {
            scope = "a.code = ?1";
        } else {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        var query = em.createNativeQuery("SELECT a.code, i.system_code, s.service_code, s.service_version, s.id"
                + " FROM service_probe p JOIN service s ON s.id = p.service_id JOIN information_system i ON i.id = s.system_id"
                + " JOIN agency a ON a.id = i.agency_id WHERE " + scope + " ORDER BY a.code, i.system_code, s.service_code");
        if (!who.seesEveryAgency()) {
            query.setParameter(1, who.agencyCode());
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> view(new ServiceId((String) r[0], (String) r[1], (String) r[2], (String) r[3]),
                ((Number) r[4]).longValue())).toList();
    }

    /**
     * Runs the probe of a service in the caller's transaction (the job's, which holds its row): calls the provider,
     * keeps the result for the slot it was due at, and raises or resolves the PROVIDER_DOWN alert.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ProbeOutcome run(long serviceId, Instant slot, String node) {
        Optional<ProbeCall> probe = call(serviceId);
        if (probe.isEmpty()) {
            return null; // removed since the job was claimed
        }
        ProbeOutcome outcome = caller.call(probe.get());
        em.createNativeQuery("INSERT INTO probe_result (service_id, probed_at, slot, state, latency_ms, http_status, error,"
                        + " node) VALUES (?1, clock_timestamp(), ?2, ?3, NULLIF(?4, -1), NULLIF(?5, -1), NULLIF(?6, ''), ?7)")
                .setParameter(1, serviceId)
                .setParameter(2, java.sql.Timestamp.from(slot)).setParameter(3, outcome.state().name())
                .setParameter(4, outcome.latencyMs() == null ? -1 : outcome.latencyMs())
                .setParameter(5, outcome.httpStatus() == null ? -1 : outcome.httpStatus())
                .setParameter(6, orEmpty(outcome.error())).setParameter(7, node).executeUpdate();
        judge(serviceId);
        return outcome;
    }

    /** Raises PROVIDER_DOWN after {@code downProbes} DOWN results in a row; resolves it after {@code upProbes} others. */
    @SuppressWarnings("unchecked")
    private void judge(long serviceId) {
        List<String> last = em.createNativeQuery("SELECT state FROM probe_result WHERE service_id = ?1"
                        + " ORDER BY probed_at DESC LIMIT ?2").setParameter(1, serviceId)
                .setParameter(2, Math.max(downProbes, upProbes)).getResultList();
        Object[] name = (Object[]) em.createNativeQuery("SELECT a.code, i.system_code, s.service_code, s.service_version"
                + " FROM service s JOIN information_system i ON i.id = s.system_id JOIN agency a ON a.id = i.agency_id"
                + " WHERE s.id = ?1").setParameter(1, serviceId).getSingleResult();
        ServiceId id = new ServiceId((String) name[0], (String) name[1], (String) name[2], (String) name[3]);
        String subject = names.name(id) + "/" + id.version();
        if (last.size() >= downProbes && last.subList(0, downProbes).stream().allMatch(ProbeState.DOWN.name()::equals)) {
            alerts.raise(AlertRule.PROVIDER_DOWN, subject, serviceId, id.agencyCode(),
                    "the provider did not answer " + downProbes + " probes in a row");
        } else if (last.size() >= upProbes && last.subList(0, upProbes).stream().noneMatch(ProbeState.DOWN.name()::equals)) {
            alerts.clear(AlertRule.PROVIDER_DOWN, subject, Duration.ZERO);
        }
    }

    private Optional<ProbeCall> call(long serviceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.provider_url, p.interval_seconds, p.timeout_ms, p.http_path,"
                + " p.soap_action, p.soap_body, p.slow_ms FROM service_probe p JOIN service s ON s.id = p.service_id"
                + " WHERE p.service_id = ?1").setParameter(1, serviceId).getResultList();
        return rows.stream().findFirst().map(r -> new ProbeCall(serviceId, (String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue()));
    }

    private ProbeView view(ServiceId id, long serviceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("SELECT probed_at, state, latency_ms, http_status, error, node"
                + " FROM probe_result WHERE service_id = ?1 ORDER BY probed_at DESC LIMIT 1").setParameter(1, serviceId)
                .getResultList();
        ProbeCall p = call(serviceId).orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        return new ProbeView(names.name(id), id.version(), id.agencyCode(), p.intervalSeconds(), p.timeoutMs(),
                p.httpPath(), p.soapAction(), p.slowMs(), last.isEmpty() ? null : result(last.get(0)));
    }

    /** The service's id and protocol; 404 when there is none. */
    private Object[] service(ServiceId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.protocol FROM service s JOIN information_system i"
                        + " ON i.id = s.system_id JOIN agency a ON a.id = i.agency_id WHERE a.code = ?1 AND i.system_code = ?2"
                        + " AND s.service_code = ?3 AND s.service_version = ?4").setParameter(1, id.agencyCode())
                .setParameter(2, id.systemCode()).setParameter(3, id.serviceCode()).setParameter(4, id.version())
                .getResultList();
        if (rows.isEmpty()) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, id);
        }
        return rows.get(0);
    }

    static ResultView result(Object[] r) {
        return new ResultView(NativeValues.instant(r[0]), (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], (String) r[5]);
    }

    private static int within(String field, Integer value, int otherwise, int min, int max) {
        int v = value == null ? otherwise : value;
        if (v < min || v > max) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, field, "from " + min + " to " + max);
        }
        return v;
    }

    /** A bare null parameter has no type for the driver: absent text travels as '' and becomes NULL in SQL. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
