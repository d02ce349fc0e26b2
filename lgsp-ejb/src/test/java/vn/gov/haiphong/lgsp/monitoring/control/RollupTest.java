package vn.gov.haiphong.lgsp.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

class RollupTest {

    static final Rollup.Names NAMES = new Rollup.Names() {
        @Override
        public String service(String recorded) {
            return recorded.startsWith("VN/GOV/H24.06/") ? recorded : StatKey.UNKNOWN;
        }

        @Override
        public String client(String recorded) {
            return recorded == null ? StatKey.UNKNOWN : recorded;
        }

        @Override
        public String agency(String name) {
            return name.equals(StatKey.UNKNOWN) ? name : name.split("/")[2];
        }
    };

    static ExchangeRecord record(String at, String service, String error, long millis) {
        Instant received = Instant.parse(at);
        return new ExchangeRecord(received, "x", "r", "REST", "VN/GOV/H24.10/his", service, "GET", "/", null, null,
                error == null ? 200 : 502, error, 10, 100, null, null, received.plusMillis(1), received.plusMillis(millis));
    }

    @Test
    void recordsAreSummedPerMinuteHourAndVietnameseDay() {
        String land = "VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat";
        Map<StatKey, StatDelta> rows = Rollup.of(List.of(
                record("2026-11-30T16:59:10Z", land, null, 10),
                record("2026-11-30T16:59:50Z", land, "Server.ServerProxy.ServiceFailed", 30),
                record("2026-11-30T17:00:05Z", land, null, 20), // 00:00 on 1 December in Vietnam: the next day
                record("2026-11-30T17:00:06Z", "VN/GOV/H99/made/up", null, 5)), NAMES);
        StatKey minute = key(StatKey.Span.MINUTE, "2026-11-30T16:59:00Z", land);
        StatKey hour = key(StatKey.Span.HOUR, "2026-11-30T16:00:00Z", land);
        StatKey day = key(StatKey.Span.DAY, "2026-11-29T17:00:00Z", land);
        StatKey nextDay = key(StatKey.Span.DAY, "2026-11-30T17:00:00Z", land);
        assertEquals(2, rows.get(minute).exchanges());
        assertEquals(1, rows.get(minute).failures());
        assertEquals(Map.of("Server.ServerProxy.ServiceFailed", 1L), rows.get(minute).errors());
        assertEquals(20, rows.get(minute).requestBytes());
        assertSame(rows.get(minute), rows.get(hour), "one minute holds the hour's records: the same row");
        assertEquals(2, rows.get(day).exchanges());
        assertEquals(1, rows.get(nextDay).exchanges());
        StatKey unknown = new StatKey(StatKey.Span.MINUTE, Instant.parse("2026-11-30T17:00:00Z"), StatKey.UNKNOWN,
                "VN/GOV/H24.10/his", StatKey.UNKNOWN, "H24.10");
        assertEquals(1, rows.get(unknown).exchanges(), "an unregistered service folds into -");
        assertEquals("{\"Server.ServerProxy.ServiceFailed\":1}", rows.get(minute).errorsJson());
        StatKey everyConsumer = new StatKey(StatKey.Span.DAY, Instant.parse("2026-11-29T17:00:00Z"), land,
                StatKey.EVERY_CONSUMER, "H24.06", StatKey.EVERY_CONSUMER);
        assertEquals(2, rows.get(everyConsumer).exchanges(), "the service's row of every consumer");
        StatKey allTraffic = new StatKey(StatKey.Span.HOUR, Instant.parse("2026-11-30T17:00:00Z"), StatKey.EVERY_CONSUMER,
                StatKey.EVERY_CONSUMER, StatKey.EVERY_CONSUMER, StatKey.EVERY_CONSUMER);
        assertEquals(2, rows.get(allTraffic).exchanges(), "all traffic of the hour, the unregistered service's too");
    }

    @Test
    void sketchesMergeIntoTruePercentiles() {
        LatencySketch a = LatencySketch.empty();
        LatencySketch b = LatencySketch.empty();
        for (int i = 1; i <= 90; i++) {
            a.record(i * 1000L); // 1 … 90 ms
        }
        for (int i = 0; i < 10; i++) {
            b.record(2_000_000L); // ten answers of 2 s
        }
        LatencySketch merged = LatencySketch.decode(a.encode()).add(LatencySketch.decode(b.encode()));
        assertEquals(100, merged.count());
        assertEquals(50.0, merged.percentileMillis(50), 0.5);
        assertEquals(2000.0, merged.percentileMillis(95), 20);
        assertTrue(merged.percentileMillis(90) <= 91, "the 90th is the slowest of the fast ones");
        assertEquals(null, LatencySketch.empty().percentileMillis(99));
    }

    private static StatKey key(StatKey.Span span, String bucket, String service) {
        return new StatKey(span, Instant.parse(bucket), service, "VN/GOV/H24.10/his", "H24.06", "H24.10");
    }
}
