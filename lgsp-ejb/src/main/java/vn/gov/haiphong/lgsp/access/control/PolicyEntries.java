package vn.gov.haiphong.lgsp.access.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/** What the access policy keeps in memory: immutable snapshots, replaced whole on every change. */
public final class PolicyEntries {

    private PolicyEntries() {
    }

    /** A callable (or disabled) service version and what the gateway needs to forward to it. */
    public record ServiceEntry(long id, ServiceId serviceId, ServiceProtocol protocol, Service.Status status,
                               String noticeVi, String noticeEn, String providerUrl, int timeoutMs, boolean logBodies,
                               Integer circuitFailures, Integer circuitOpenSeconds, List<OperationEntry> operations,
                               String suspensionReason, List<Maintenance> maintenance, Provider provider) {

        public ServiceEntry {
            operations = operations.stream().sorted(OperationEntry.MOST_SPECIFIC_FIRST).toList();
            maintenance = List.copyOf(maintenance);
        }

        /** The provider URL without trailing slashes: what a REST exchange's path is appended to (no regex per call). */
        public String providerBase() {
            int end = providerUrl.length();
            while (end > 0 && providerUrl.charAt(end - 1) == '/') {
                end--;
            }
            return providerUrl.substring(0, end);
        }

        /** The maintenance window in force at {@code now}, if any. */
        public Optional<Maintenance> maintenanceAt(Instant now) {
            return maintenance.stream().filter(m -> !now.isBefore(m.startsAt()) && now.isBefore(m.endsAt())).findFirst();
        }

        /** The REST operation whose method and path template match, the most specific first. */
        public Optional<OperationEntry> restOperation(String method, String path) {
            String verb = method.toUpperCase(Locale.ROOT);
            return operations.stream().filter(o -> verb.equals(o.method()) && o.matches(path)).findFirst();
        }

        public Optional<OperationEntry> operation(String code) {
            return operations.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /**
     * The state of the system that provides a service: a service is callable only while its provider is connected
     * and not suspended (isolating the system at fault, Quy chế Đ.10.4; a cancelled connection ends, Đ.12.5).
     *
     * @param suspensionReason the operator's reason while the provider system is suspended, else null
     */
    public record Provider(boolean connected, String suspensionReason) {

        public static final Provider CONNECTED = new Provider(true, null);
    }

    /** A planned maintenance window and what callers are told during it. */
    public record Maintenance(Instant startsAt, Instant endsAt, String noticeVi, String noticeEn) {
    }

    /** One operation; REST operations carry their path template compiled. */
    public record OperationEntry(long id, String code, String method, String pathTemplate, Pattern pathPattern) {

        static final Comparator<OperationEntry> MOST_SPECIFIC_FIRST = Comparator
                .comparingInt((OperationEntry o) -> -literalLength(o.pathTemplate()))
                .thenComparing(OperationEntry::code);
        private static final Pattern VARIABLE = Pattern.compile("\\{[^/{}]+\\}");

        public static OperationEntry of(long id, String code, String method, String pathTemplate) {
            return new OperationEntry(id, code, method, pathTemplate, pathTemplate == null ? null : pattern(pathTemplate));
        }

        public boolean matches(String path) {
            return pathPattern != null && pathPattern.matcher(path).matches();
        }

        /** {@code /parcels/{id}} matches {@code /parcels/12} but not {@code /parcels/12/owners}. */
        static Pattern pattern(String template) {
            StringBuilder regex = new StringBuilder();
            Matcher m = VARIABLE.matcher(template);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            return Pattern.compile(regex.toString());
        }

        private static int literalLength(String template) {
            return template == null ? 0 : VARIABLE.matcher(template).replaceAll("").length();
        }
    }

    /** A consumer system and every right it holds, directly or through its groups. */
    public record ConsumerEntry(long systemId, SystemId id, boolean connected, String suspensionReason, List<Grant> grants) {

        public ConsumerEntry {
            grants = List.copyOf(grants);
        }

        /** Whether a live right covers this operation (or the whole service when {@code operationId} is null). */
        public boolean mayCall(long serviceId, Long operationId, Instant now) {
            return grants.stream().anyMatch(g -> g.covers(serviceId, operationId, now));
        }
    }

    /**
     * @param operationId null: the whole service
     * @param validUntil  null: open-ended
     */
    public record Grant(long rightId, long serviceId, Long operationId, Instant validUntil) {

        public boolean covers(long service, Long operation, Instant now) {
            return serviceId == service && (operationId == null || operationId.equals(operation)) && isLive(now);
        }

        /** Not yet at its end (an open-ended grant always is). */
        public boolean isLive(Instant now) {
            return validUntil == null || validUntil.isAfter(now);
        }
    }
}
