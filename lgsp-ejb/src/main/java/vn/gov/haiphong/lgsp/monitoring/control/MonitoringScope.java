package vn.gov.haiphong.lgsp.monitoring.control;

import java.util.List;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * What of the monitoring figures a caller sees: everything (operator, authority, auditor), what one agency's systems
 * took part in (its admin), or what one system made or answered (the system itself). Written as a SQL condition.
 */
public sealed interface MonitoringScope {

    record Everything() implements MonitoringScope {
    }

    /** An agency admin: the agency's code. */
    record Agency(String code) implements MonitoringScope {
    }

    /** A system: its X-Road name, {@code VN/GOV/H24.10/his}. */
    record System(String name) implements MonitoringScope {
    }

    static MonitoringScope of(Caller caller, MonitoredNames names) {
        if (caller.seesEveryAgency()) {
            return new Everything();
        }
        if (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null) {
            return new Agency(caller.agencyCode());
        }
        if (caller.has(Roles.SYSTEM)) {
            return new System(names.name(caller.system()));
        }
        throw new LgspException(ErrorCode.ACCESS_DENIED);
    }

    /** Whether a service of {@code providerAgency} named {@code service} is within this scope. */
    default boolean covers(String providerAgency, String service) {
        if (this instanceof Agency a) {
            return a.code().equals(providerAgency);
        }
        if (this instanceof System s) {
            return service.startsWith(s.name() + "/");
        }
        return true;
    }

    /**
     * {@code " AND (…)"} limiting rows to this scope (nothing for everything), its values appended to
     * {@code parameters}; the columns are the rows' provider and consumer agency codes, service and consumer names.
     */
    default String condition(String providerAgency, String consumerAgency, String service, String client,
                             List<Object> parameters) {
        if (this instanceof Agency a) {
            parameters.add(a.code());
            parameters.add(a.code());
            return " AND (" + providerAgency + " = ? OR " + consumerAgency + " = ?)";
        }
        if (this instanceof System s) {
            parameters.add(s.name());
            parameters.add(s.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%");
            return " AND (" + client + " = ? OR " + service + " LIKE ? ESCAPE '\\')";
        }
        return "";
    }

    /**
     * {@code " AND …"} limiting rows about readers (data use) to this scope: an agency admin its agency's systems'
     * reads, a system its own; values appended to {@code parameters}.
     */
    default String readerCondition(String consumerAgency, String client, List<Object> parameters) {
        if (this instanceof Agency a) {
            parameters.add(a.code());
            return " AND " + consumerAgency + " = ?";
        }
        if (this instanceof System s) {
            parameters.add(s.name());
            return " AND " + client + " = ?";
        }
        return "";
    }
}
