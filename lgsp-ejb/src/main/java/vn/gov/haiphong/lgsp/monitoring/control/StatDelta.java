package vn.gov.haiphong.lgsp.monitoring.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import java.util.TreeMap;

/**
 * What one batch adds to one rollup row: counts, failures by X-Road error code, bytes, and the latency sketches
 * (total: received → answered; provider: forwarded → answered, only for exchanges that reached the provider).
 */
public final class StatDelta {

    long exchanges;
    long failures;
    final Map<String, Long> errors = new TreeMap<>();
    long requestBytes;
    long responseBytes;
    final LatencySketch latency = LatencySketch.empty();
    final LatencySketch providerLatency = LatencySketch.empty();

    /** Adds one exchange: a failure when it has an X-Road error code; provider latency when it reached the provider. */
    void add(ExchangeRecord r) {
        exchanges++;
        if (r.errorCode() != null) {
            failures++;
            errors.merge(r.errorCode(), 1L, Long::sum);
        }
        requestBytes += r.requestBytes();
        responseBytes += r.responseBytes();
        latency.record(micros(r.receivedAt(), r.answeredAt()));
        if (r.forwardedAt() != null) {
            providerLatency.record(micros(r.forwardedAt(), r.answeredAt()));
        }
    }

    static StatDelta sum(List<StatDelta> parts) {
        StatDelta sum = new StatDelta();
        for (StatDelta d : parts) {
            sum.exchanges += d.exchanges;
            sum.failures += d.failures;
            d.errors.forEach((code, n) -> sum.errors.merge(code, n, Long::sum));
            sum.requestBytes += d.requestBytes;
            sum.responseBytes += d.responseBytes;
            sum.latency.add(d.latency);
            sum.providerLatency.add(d.providerLatency);
        }
        return sum;
    }

    private static long micros(Instant from, Instant to) {
        return from == null || to == null ? 0 : Math.max(0, Duration.between(from, to).toNanos() / 1000);
    }

    public long exchanges() {
        return exchanges;
    }

    public long failures() {
        return failures;
    }

    public Map<String, Long> errors() {
        return errors;
    }

    public long requestBytes() {
        return requestBytes;
    }

    public long responseBytes() {
        return responseBytes;
    }

    public LatencySketch latency() {
        return latency;
    }

    public LatencySketch providerLatency() {
        return providerLatency;
    }

    /** The errors as a JSON object, {@code {"Server.ServerProxy.ServiceFailed":3}} (codes are X-Road names: no quoting needed beyond escaping). */
    public String errorsJson() {
        StringBuilder json = new StringBuilder("{");
        errors.forEach((code, n) -> json.append(json.length() > 1 ? "," : "").append('"')
                .append(code.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(n));
        return json.append('}').toString();
    }
}
