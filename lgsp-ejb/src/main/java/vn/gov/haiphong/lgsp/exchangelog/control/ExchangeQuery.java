package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * A search of the exchange log: a window of reception times (any length), optional filters, and the caller's scope —
 * the part of the log the caller may read. Written as one SQL condition with its positional parameters; a long window
 * is narrowed to the periods that had traffic ({@link ActivePeriods}, from the statistics' day rows), so the search
 * reads only the partitions and index ranges where records can be.
 *
 * @param xroadId   exact X-Road-Id
 * @param client    exact consumer, {@code VN/GOV/H24.10/his}
 * @param service   a service, {@code VN/GOV/H24.06/dat-dai/echo}, with any version of it
 * @param status    exact HTTP status answered
 */
public record ExchangeQuery(Instant from, Instant to, String xroadId, String client, String service, Integer status) {

    public ExchangeQuery {
        if (!from.isBefore(to)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "from", "before to");
        }
    }

    /** Which records a caller may read: every one, or those where one of its parties is the caller's. */
    public interface Scope {
        /** Operator, authority, auditor. */
        record Everything() implements Scope {
        }

        /** A system: it was the consumer ({@code client}) or the provider of the service called. */
        record System(String xroadName) implements Scope {
        }

        /** An agency admin: one of the agency's systems was the consumer or the provider. */
        record Agency(String xroadPrefix) implements Scope {
        }
    }

    /** The WHERE condition and its parameters, in order (?1, ?2, …). */
    public record Condition(String sql, List<Object> parameters) {
    }

    public Condition condition(Scope scope) {
        return condition(scope, List.of(new ActivePeriods.Period(from, to)));
    }

    /**
     * The condition, reading only {@code within} (periods inside the window, in order; empty: nothing can match).
     */
    public Condition condition(Scope scope, List<ActivePeriods.Period> within) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (within.isEmpty()) {
            terms.add("false");
        } else {
            List<String> periods = new ArrayList<>();
            for (ActivePeriods.Period p : within) {
                periods.add("received_at >= ?" + add(parameters, p.from()) + " AND received_at < ?" + add(parameters, p.to()));
            }
            terms.add(periods.size() == 1 ? periods.get(0) : "((" + String.join(") OR (", periods) + "))");
        }
        if (scope instanceof Scope.System system) {
            terms.add("(client = ?" + add(parameters, system.xroadName()) + " OR "
                    + below(parameters, "service", system.xroadName()) + ")");
        } else if (scope instanceof Scope.Agency agency) {
            terms.add("(" + below(parameters, "client", agency.xroadPrefix()) + " OR "
                    + below(parameters, "service", agency.xroadPrefix()) + ")");
        }
        if (xroadId != null) {
            terms.add("xroad_id = ?" + add(parameters, xroadId));
        }
        if (client != null) {
            terms.add("client = ?" + add(parameters, client));
        }
        if (service != null) {
            terms.add("(service = ?" + add(parameters, service) + " OR " + below(parameters, "service", service) + ")");
        }
        if (status != null) {
            terms.add("status = ?" + add(parameters, status));
        }
        return new Condition(String.join(" AND ", terms), List.copyOf(parameters));
    }

    private static int add(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    /** {@code column} names something below {@code path} ({@code path/…}, the path matched literally). */
    private static String below(List<Object> parameters, String column, String path) {
        return column + " LIKE ?" + add(parameters, like(path + "/")) + " ESCAPE '\\'";
    }

    /** {@code prefix} matched literally, then anything. */
    public static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
