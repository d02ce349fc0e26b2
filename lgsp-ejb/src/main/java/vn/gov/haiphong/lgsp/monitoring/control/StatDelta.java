package vn.gov.haiphong.lgsp.monitoring.control;

import java.util.Map;
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
