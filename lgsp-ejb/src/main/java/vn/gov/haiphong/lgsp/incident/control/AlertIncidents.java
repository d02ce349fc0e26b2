package vn.gov.haiphong.lgsp.incident.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.incident.entity.Category;
import vn.gov.haiphong.lgsp.incident.entity.Incident;
import vn.gov.haiphong.lgsp.incident.entity.IncidentState;
import vn.gov.haiphong.lgsp.incident.entity.LogEntry;
import vn.gov.haiphong.lgsp.incident.entity.Severity;
import vn.gov.haiphong.lgsp.monitoring.control.AlertChanged;
import vn.gov.haiphong.lgsp.monitoring.control.AlertRule;
import vn.gov.haiphong.lgsp.monitoring.control.AlertState;
import vn.gov.haiphong.lgsp.monitoring.control.MonitoredNames;

/**
 * Incidents raised by alerts (Quy chế Đ.10.1–10.2): a firing alert opens one incident (its source is the alert's key,
 * {@code alert/<id>}, so a later event about the same alert finds it and never opens a second); an alert acknowledged
 * or resolved is an entry of that incident's log. Each call is a transaction of its own, after the alert's has
 * committed: an incident that cannot be opened never undoes the alert.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertIncidents {

    /** Who opens and writes alert incidents in the log and the audit. */
    static final Caller MONITORING = Caller.platform("monitoring");

    @PersistenceContext
    EntityManager em;

    @EJB
    IncidentDesk desk;

    @Inject
    MonitoredNames names;

    /** The alert's key, as incidents keep it in {@code source}. */
    public static String source(long alertId) {
        return "alert/" + alertId;
    }

    /** The alert an incident was opened for, if an alert opened it. */
    public static Optional<Long> alertOf(Incident incident) {
        String source = incident.getSource();
        if (source == null || !source.startsWith("alert/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(source.substring("alert/".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Opens the incident of a firing alert, or logs an acknowledgement or resolution in the incident it opened. */
    public void changed(AlertChanged alert) {
        if (alert.state() == AlertState.FIRING) {
            desk.open(MONITORING, draft(alert));
            return;
        }
        List<Incident> found = em.createNamedQuery(Incident.FROM_SOURCE, Incident.class)
                .setParameter("source", source(alert.id())).setMaxResults(1).getResultList();
        found.stream().filter(i -> i.getState() != IncidentState.CLOSED)
                .findFirst().ifPresent(i -> desk.log(desk.lock(i.getId()), MONITORING, LogEntry.Kind.ALERT, null, null,
                        alertText(alert)));
    }

    private IncidentDraft draft(AlertChanged alert) {
        // Probes name a service with its version, the rules over statistics without: the catalog resolves both.
        Optional<ServiceEntry> service = names.entry(alert.subject());
        String what = service.map(s -> s.serviceId().toString()).orElse(alert.subject());
        boolean platform = alert.rule() == AlertRule.LOG_WRITER || alert.rule() == AlertRule.CHAIN_BROKEN
                || alert.rule() == AlertRule.PEER_DOWN;
        return new IncidentDraft(
                "Cảnh báo " + alert.rule() + ": " + what,
                "Mở tự động từ cảnh báo #" + alert.id() + " (" + alert.detail() + ")",
                (platform ? "Nền tảng LGSP (" + what + ")" : "Dịch vụ " + what) + " đang gặp sự cố ("
                        + ruleVi(alert.rule()) + "); đơn vị vận hành đang xử lý.",
                (platform ? "The LGSP platform (" + what + ")" : "The service " + what) + " is affected ("
                        + ruleEn(alert.rule()) + "); the operator is handling it.",
                severity(alert.rule()).name(), category(alert.rule()).name(), false, alert.at(),
                service.map(s -> List.of(s.serviceId().toString())).orElse(List.of()), List.of(),
                alert.providerAgency() == null ? List.of() : List.of(alert.providerAgency()), source(alert.id()));
    }

    static Severity severity(AlertRule rule) {
        return "CRITICAL".equals(rule.severity) ? Severity.CRITICAL : Severity.MEDIUM;
    }

    static Category category(AlertRule rule) {
        return switch (rule) {
            case SLOW -> Category.PERFORMANCE;
            case CHAIN_BROKEN -> Category.DATA;
            default -> Category.AVAILABILITY;
        };
    }

    private static String ruleVi(AlertRule rule) {
        return switch (rule) {
            case PROVIDER_DOWN -> "hệ thống cung cấp không phản hồi";
            case ERROR_RATE -> "tỷ lệ lỗi cao";
            case SLOW -> "phản hồi chậm";
            case LOG_WRITER -> "nhật ký trao đổi ghi lỗi hoặc chậm";
            case CHAIN_BROKEN -> "chuỗi băm của nhật ký trao đổi không khớp";
            case PEER_DOWN -> "nền tảng quốc gia (liên thông) không kết nối được";
        };
    }

    private static String ruleEn(AlertRule rule) {
        return switch (rule) {
            case PROVIDER_DOWN -> "the provider does not answer";
            case ERROR_RATE -> "a high error rate";
            case SLOW -> "slow answers";
            case LOG_WRITER -> "the exchange log's writer failing or falling behind";
            case CHAIN_BROKEN -> "the exchange log's hash chain not verifying";
            case PEER_DOWN -> "the national peer not reachable through the link";
        };
    }

    private static String alertText(AlertChanged alert) {
        String vi = alert.state() == AlertState.RESOLVED ? "đã hết" : "đã được tiếp nhận";
        return "Cảnh báo #" + alert.id() + " " + alert.rule() + " " + vi + " / alert " + alert.state() + ": "
                + alert.detail();
    }
}
