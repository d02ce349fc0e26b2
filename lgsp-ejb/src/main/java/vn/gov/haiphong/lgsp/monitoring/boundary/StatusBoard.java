package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;
import vn.gov.haiphong.lgsp.monitoring.control.LatencySketch;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoredNames;
import vn.gov.haiphong.lgsp.monitoring.control.ProbeState;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * The status board (bảng trạng thái; Quy chế Đ.10.1): one answer for the operator's wall — every published service
 * with its state, its last probe, its failure rate and p95 over the last 15 minutes, its open alerts and its
 * maintenance windows now and in the next 7 days; every connected system with the worst state of its services and its
 * own recent traffic as a consumer; the open incidents. A service with a probe takes the state of its last probe (if that is
 * recent: within three intervals); one without takes it from its traffic (passive probe): provider-side failures of
 * half its exchanges or more DOWN, of a tenth or more DEGRADED, else UP; no traffic and no probe UNKNOWN. The
 * oversight roles see every service and system; an agency admin its agency's services and systems and those its
 * systems hold rights to (and the incidents affecting its agency); a system its own services and those it holds rights
 * to, the systems providing them, and the incidents affecting its agency.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StatusBoard {

    static final int RECENT_MINUTES = 15;

    @PersistenceContext
    EntityManager em;

    @EJB
    Alerts alerts;

    @EJB
    WorkingCalendar calendar;

    @Inject
    MonitoredNames names;

    public record Maintenance(Instant startsAt, Instant endsAt, String noticeVi) {
    }

    public record ServiceStatus(String service, String version, String providerAgency, String title, String status,
                                boolean suspended, String state, String stateFrom, Probes.ResultView lastProbe,
                                long exchanges, Double failurePercent, Double p95Ms, List<Alerts.AlertView> alerts,
                                List<Maintenance> maintenance) {
    }

    /**
     * A connected system: its state is the worst of its published services' on this board (NONE when it publishes
     * none); as a consumer, its exchanges and the share that failed (any error) over the last minutes.
     */
    public record SystemStatus(String system, String agency, String name, String connectionStatus, boolean suspended,
                               String state, int services, long exchanges, Double failurePercent, int openAlerts) {
    }

    /** An incident not yet resolved or closed (incident capability, Quy chế Đ.10). */
    public record OpenIncident(long id, String title, String noticeVi, String severity, String category, String state,
                               Instant detectedAt, Instant expectedFixAt) {
    }

    /**
     * @param platformAlerts       open alerts about the platform itself (a node's exchange-log writer, the chain
     *                             verification, a national peer's link): for the oversight roles; empty for the others
     * @param calendarMissingYears years needed without public holidays recorded (working days count weekends only)
     */
    public record Board(Instant at, int recentMinutes, Map<String, Long> states, List<ServiceStatus> services,
                        List<SystemStatus> systems, List<OpenIncident> incidents, List<Alerts.AlertView> platformAlerts,
                        List<Integer> calendarMissingYears) {
    }

    /** The rules whose alerts are about the platform (and its link to a national peer), not about a city service. */
    private static final List<String> PLATFORM_RULES = List.of(AlertRule.LOG_WRITER.name(), AlertRule.CHAIN_BROKEN.name(),
            AlertRule.PEER_DOWN.name());

    /** Worst first: what a system shows when its services differ. */
    private static final List<String> SEVERITY = List.of(ProbeState.DOWN.name(), ProbeState.DEGRADED.name(), "UNKNOWN",
            ProbeState.UP.name());

    private static final class Recent {
        long exchanges;
        long providerFailures;
        final LatencySketch latency = LatencySketch.empty();
    }

    @SuppressWarnings("unchecked")
    public Board board(Caller caller) {
        List<Object> parameters = new ArrayList<>();
        String scope = scope(caller, parameters);
        Query query = em.createNativeQuery("SELECT s.id, a.code, i.system_code, s.service_code, s.service_version,"
                + " s.title_vi, s.status, s.suspended_at IS NOT NULL OR i.suspended_at IS NOT NULL,"
                + " p.interval_seconds FROM service s JOIN information_system i ON i.id = s.system_id"
                + " JOIN agency a ON a.id = i.agency_id LEFT JOIN service_probe p ON p.service_id = s.id"
                + " WHERE s.status IN ('PUBLISHED', 'DISABLED')" + scope + " ORDER BY a.code, i.system_code, s.service_code,"
                + " s.service_version");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> services = query.getResultList();
        Map<String, Recent> recent = recent();
        Map<Long, Probes.ResultView> probes = lastProbes();
        Map<Long, List<Maintenance>> windows = maintenance();
        List<Alerts.AlertView> open = alerts.open();
        List<ServiceStatus> board = new ArrayList<>();
        Map<String, Long> states = new HashMap<>();
        Instant now = Instant.now();
        for (Object[] s : services) {
            long id = ((Number) s[0]).longValue();
            ServiceId sid = new ServiceId((String) s[1], (String) s[2], (String) s[3], (String) s[4]);
            String name = names.name(sid);
            Recent r = recent.getOrDefault(name, new Recent());
            Double failures = r.exchanges == 0 ? null : Math.round(1000.0 * r.providerFailures / r.exchanges) / 10.0;
            Probes.ResultView last = probes.get(id);
            Integer interval = s[8] == null ? null : ((Number) s[8]).intValue();
            String state;
            String from;
            if (interval != null && last != null && last.probedAt().isAfter(now.minusSeconds(3L * interval))) {
                state = last.state();
                from = "PROBE";
            } else if (r.exchanges > 0) {
                state = failures >= 50 ? ProbeState.DOWN.name() : failures >= 10 ? ProbeState.DEGRADED.name()
                        : ProbeState.UP.name();
                from = "TRAFFIC";
            } else {
                state = "UNKNOWN";
                from = "NONE";
            }
            states.merge(state, 1L, Long::sum);
            List<Alerts.AlertView> mine = open.stream().filter(a -> a.subject().equals(name)
                    || a.subject().equals(name + "/" + sid.version())).toList();
            board.add(new ServiceStatus(name, sid.version(), sid.agencyCode(), (String) s[5], (String) s[6],
                    (Boolean) s[7], state, from, last, r.exchanges, failures, r.latency.percentileMillis(95), mine,
                    windows.getOrDefault(id, List.of())));
        }
        List<Alerts.AlertView> platform = caller.seesEveryAgency()
                ? open.stream().filter(a -> PLATFORM_RULES.contains(a.rule())).toList() : List.of();
        return new Board(now, RECENT_MINUTES, states, board, systems(caller, board), incidents(caller), platform,
                calendar.coverage().missing());
    }

    /** The connected systems the caller sees, with their services' worst state and their own recent traffic. */
    @SuppressWarnings("unchecked")
    private List<SystemStatus> systems(Caller caller, List<ServiceStatus> services) {
        List<Object> parameters = new ArrayList<>();
        String scope = systemScope(caller, parameters);
        Query query = em.createNativeQuery("SELECT a.code, i.system_code, i.name, i.connection_status,"
                + " i.suspended_at IS NOT NULL FROM information_system i JOIN agency a ON a.id = i.agency_id"
                + " WHERE i.connection_status = 'CONNECTED'" + scope + " ORDER BY a.code, i.system_code");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<String, long[]> consumed = consumed();
        List<SystemStatus> systems = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            String name = names.name(new SystemId((String) r[0], (String) r[1]));
            List<ServiceStatus> own = services.stream().filter(s -> s.service().startsWith(name + "/")).toList();
            String state = own.stream().map(ServiceStatus::state).min((x, y) -> SEVERITY.indexOf(x) - SEVERITY.indexOf(y))
                    .orElse("NONE");
            long[] c = consumed.getOrDefault(name, new long[2]);
            Double failures = c[0] == 0 ? null : Math.round(1000.0 * c[1] / c[0]) / 10.0;
            systems.add(new SystemStatus(name, (String) r[0], (String) r[2], (String) r[3], (Boolean) r[4], state,
                    own.size(), c[0], failures, own.stream().mapToInt(s -> s.alerts().size()).sum()));
        }
        return systems;
    }

    /**
     * Which systems a caller sees: every one for the oversight roles; an agency admin its agency's and those whose
     * services its agency's systems hold rights to; a system itself and those whose services it holds rights to.
     */
    private static String systemScope(Caller caller, List<Object> parameters) {
        if (caller.seesEveryAgency()) {
            return "";
        }
        String used = "EXISTS (SELECT 1 FROM service s JOIN access_right r ON r.service_id = s.id"
                + " JOIN information_system c ON c.id = r.consumer_system_id JOIN agency ca ON ca.id = c.agency_id"
                + " WHERE s.system_id = i.id AND r.revoked_at IS NULL AND r.expiry_recorded_at IS NULL AND ca.code = ?1%s)";
        if (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null) {
            parameters.add(caller.agencyCode());
            return " AND (a.code = ?1 OR " + String.format(used, "") + ")";
        }
        if (caller.has(Roles.SYSTEM)) {
            var system = caller.system();
            parameters.add(system.agencyCode());
            parameters.add(system.systemCode());
            return " AND ((a.code = ?1 AND i.system_code = ?2) OR " + String.format(used, " AND c.system_code = ?2") + ")";
        }
        throw new LgspException(ErrorCode.ACCESS_DENIED);
    }

    /** Each consumer's exchanges and failures over the last minutes (minute rollups, per consumer). */
    @SuppressWarnings("unchecked")
    private Map<String, long[]> consumed() {
        List<Object[]> rows = em.createNativeQuery("SELECT client, sum(exchanges), sum(failures) FROM exchange_stat"
                + " WHERE span = 'MINUTE' AND bucket >= date_trunc('minute', now()) - make_interval(mins => ?1)"
                + " AND client NOT IN ('-', '*') GROUP BY client").setParameter(1, RECENT_MINUTES - 1).getResultList();
        Map<String, long[]> consumed = new HashMap<>();
        for (Object[] r : rows) {
            consumed.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return consumed;
    }

    /**
     * Open incidents (not RESOLVED or CLOSED), newest first: every one for the oversight roles; for an agency admin or
     * a system, those that affect its agency (as the incident capability records who is affected).
     */
    @SuppressWarnings("unchecked")
    private List<OpenIncident> incidents(Caller caller) {
        String agency = caller.seesEveryAgency() ? null
                : caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null ? caller.agencyCode()
                : caller.system().agencyCode();
        Query query = em.createNativeQuery("SELECT n.id, n.title, n.notice_vi, n.severity, n.category, n.state,"
                + " n.detected_at, n.expected_fix_at FROM incident n WHERE n.state NOT IN ('RESOLVED', 'CLOSED')"
                + (agency == null ? "" : " AND EXISTS (SELECT 1 FROM incident_agency ia JOIN agency a ON a.id = ia.agency_id"
                + " WHERE ia.incident_id = n.id AND a.code = ?1)") + " ORDER BY n.detected_at DESC, n.id DESC");
        if (agency != null) {
            query.setParameter(1, agency);
        }
        List<OpenIncident> open = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            open.add(new OpenIncident(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], NativeValues.instant(r[6]), NativeValues.instant(r[7])));
        }
        return open;
    }

    private static String scope(Caller caller, List<Object> parameters) {
        if (caller.seesEveryAgency()) {
            return "";
        }
        String rights = "EXISTS (SELECT 1 FROM access_right r JOIN information_system c ON c.id = r.consumer_system_id"
                + " JOIN agency ca ON ca.id = c.agency_id WHERE r.service_id = s.id AND r.revoked_at IS NULL"
                + " AND r.expiry_recorded_at IS NULL AND ca.code = ?%d%s)";
        if (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null) {
            parameters.add(caller.agencyCode());
            return " AND (a.code = ?1 OR " + String.format(rights, 1, "") + ")";
        }
        if (caller.has(Roles.SYSTEM)) {
            var system = caller.system();
            parameters.add(system.agencyCode());
            parameters.add(system.systemCode());
            return " AND ((a.code = ?1 AND i.system_code = ?2) OR " + String.format(rights, 1, " AND c.system_code = ?2") + ")";
        }
        throw new LgspException(ErrorCode.ACCESS_DENIED);
    }

    /** The last minutes' figures per service, from the minute rollups. */
    @SuppressWarnings("unchecked")
    private Map<String, Recent> recent() {
        List<Object[]> rows = em.createNativeQuery("SELECT service, exchanges, (SELECT coalesce(sum(value::bigint), 0)"
                + " FROM jsonb_each_text(errors) WHERE key LIKE 'Server.ServerProxy.%'), latency FROM exchange_stat"
                + " WHERE span = 'MINUTE' AND bucket >= date_trunc('minute', now()) - make_interval(mins => ?1)"
                + " AND service NOT IN ('-', '*') AND client = '*'").setParameter(1, RECENT_MINUTES - 1).getResultList();
        Map<String, Recent> recent = new HashMap<>();
        for (Object[] r : rows) {
            Recent sum = recent.computeIfAbsent((String) r[0], k -> new Recent());
            sum.exchanges += ((Number) r[1]).longValue();
            sum.providerFailures += ((Number) r[2]).longValue();
            sum.latency.add(LatencySketch.decode((byte[]) r[3]));
        }
        return recent;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Probes.ResultView> lastProbes() {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (r.service_id) r.service_id, r.probed_at, r.state,"
                + " r.latency_ms, r.http_status, r.error, r.node FROM probe_result r JOIN service_probe p"
                + " ON p.service_id = r.service_id ORDER BY r.service_id, r.probed_at DESC").getResultList();
        Map<Long, Probes.ResultView> last = new HashMap<>();
        for (Object[] r : rows) {
            last.put(((Number) r[0]).longValue(), Probes.result(java.util.Arrays.copyOfRange(r, 1, r.length)));
        }
        return last;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<Maintenance>> maintenance() {
        List<Object[]> rows = em.createNativeQuery("SELECT service_id, starts_at, ends_at, notice_vi FROM service_maintenance"
                + " WHERE cancelled_at IS NULL AND ends_at > now() AND starts_at < now() + interval '7 days'"
                + " ORDER BY starts_at").getResultList();
        Map<Long, List<Maintenance>> windows = new HashMap<>();
        for (Object[] r : rows) {
            windows.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Maintenance(
                    NativeValues.instant(r[1]), NativeValues.instant(r[2]), (String) r[3]));
        }
        return windows;
    }
}
