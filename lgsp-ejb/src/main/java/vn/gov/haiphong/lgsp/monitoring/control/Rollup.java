package vn.gov.haiphong.lgsp.monitoring.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/** Sums a batch of exchange records into the rows of every span they touch: plain Java, one pass. */
public final class Rollup {

    /** How a record's service and consumer become rollup keys; unregistered ones fold into {@link StatKey#UNKNOWN}. */
    public interface Names {
        /** The service without version, or {@link StatKey#UNKNOWN}. */
        String service(String recorded);

        /** The consumer system, or {@link StatKey#UNKNOWN}. */
        String client(String recorded);

        /** The agency code of a named service or system ({@code VN/GOV/H24.06/…} → {@code H24.06}); UNKNOWN for UNKNOWN. */
        String agency(String name);
    }

    private Rollup() {
    }

    public static Map<StatKey, StatDelta> of(List<ExchangeRecord> batch, Names names) {
        Map<StatKey, StatDelta> rows = new LinkedHashMap<>();
        for (ExchangeRecord r : batch) {
            String service = names.service(r.service());
            String client = names.client(r.client());
            String providerAgency = names.agency(service);
            String consumerAgency = names.agency(client);
            long total = micros(r.receivedAt() == null ? null : Duration.between(r.receivedAt(), r.answeredAt()));
            long provider = r.forwardedAt() == null ? -1 : micros(Duration.between(r.forwardedAt(), r.answeredAt()));
            for (StatKey.Span span : StatKey.Span.values()) {
                StatKey key = new StatKey(span, span.bucketOf(r.receivedAt()), service, client, providerAgency,
                        consumerAgency);
                StatDelta d = rows.computeIfAbsent(key, k -> new StatDelta());
                d.exchanges++;
                if (r.errorCode() != null) {
                    d.failures++;
                    d.errors.merge(r.errorCode(), 1L, Long::sum);
                }
                d.requestBytes += r.requestBytes();
                d.responseBytes += r.responseBytes();
                d.latency.record(total);
                if (provider >= 0) {
                    d.providerLatency.record(provider);
                }
            }
        }
        return rows;
    }

    private static long micros(Duration d) {
        return d == null ? 0 : Math.max(0, d.toNanos() / 1000);
    }
}
