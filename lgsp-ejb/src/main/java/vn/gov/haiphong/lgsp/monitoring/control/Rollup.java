package vn.gov.haiphong.lgsp.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The rows of every span. */
    public static Map<StatKey, StatDelta> of(List<ExchangeRecord> batch, Names names) {
        return of(batch, names, EnumSet.allOf(StatKey.Span.class));
    }

    /**
     * The rows of the given spans: per service and consumer, per service for every consumer together, and for all
     * traffic ({@link StatKey#EVERY_CONSUMER} in the place of the consumer, or of both: what a question that does not
     * ask about consumers, or about services either, reads — a tenth of the rows or far less). Records are summed per bucket of the finest span asked first; a coarser span's row is
     * the sum of those rows — the same object when one finer row holds all its records, as it mostly does within a batch.
     */
    public static Map<StatKey, StatDelta> of(List<ExchangeRecord> batch, Names names, Set<StatKey.Span> spans) {
        List<StatKey.Span> asked = Arrays.stream(StatKey.Span.values()).filter(spans::contains).toList();
        Map<StatKey, StatDelta> rows = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return rows;
        }
        StatKey.Span finest = asked.get(0);
        Map<StatKey, StatDelta> finer = new LinkedHashMap<>();
        for (ExchangeRecord r : batch) {
            String service = names.service(r.service());
            String client = names.client(r.client());
            StatKey key = new StatKey(finest, finest.bucketOf(r.receivedAt()), service, client, names.agency(service),
                    names.agency(client));
            finer.computeIfAbsent(key, k -> new StatDelta()).add(r);
        }
        rows.putAll(finer);
        for (StatKey.Span span : asked.subList(1, asked.size())) {
            Map<StatKey, List<StatDelta>> parts = new LinkedHashMap<>();
            finer.forEach((k, d) -> parts.computeIfAbsent(new StatKey(span, span.bucketOf(k.bucket()), k.service(),
                    k.client(), k.providerAgency(), k.consumerAgency()), x -> new ArrayList<>()).add(d));
            parts.forEach((k, list) -> rows.put(k, list.size() == 1 ? list.get(0) : StatDelta.sum(list)));
        }
        Map<StatKey, List<StatDelta>> everyConsumer = new LinkedHashMap<>();
        rows.forEach((k, d) -> everyConsumer.computeIfAbsent(new StatKey(k.span(), k.bucket(), k.service(),
                StatKey.EVERY_CONSUMER, k.providerAgency(), StatKey.EVERY_CONSUMER), x -> new ArrayList<>()).add(d));
        Map<StatKey, List<StatDelta>> everything = new LinkedHashMap<>();
        everyConsumer.forEach((k, list) -> {
            StatDelta d = list.size() == 1 ? list.get(0) : StatDelta.sum(list);
            rows.put(k, d);
            everything.computeIfAbsent(new StatKey(k.span(), k.bucket(), StatKey.EVERY_CONSUMER, StatKey.EVERY_CONSUMER,
                    StatKey.EVERY_CONSUMER, StatKey.EVERY_CONSUMER), x -> new ArrayList<>()).add(d);
        });
        everything.forEach((k, list) -> rows.put(k, list.size() == 1 ? list.get(0) : StatDelta.sum(list)));
        return rows;
    }
}
