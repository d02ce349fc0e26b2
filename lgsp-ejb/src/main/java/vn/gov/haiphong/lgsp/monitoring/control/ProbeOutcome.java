package vn.gov.haiphong.lgsp.monitoring.control;

/**
 * One probe's result.
 *
 * @param latencyMs  until the answer's status line; null when there was none
 * @param httpStatus the provider's status; null when it did not answer
 * @param error      why it is DOWN or DEGRADED, for the operator; null when UP
 */
public record ProbeOutcome(ProbeState state, Integer latencyMs, Integer httpStatus, String error) {

    /** The state an answer means: a 5xx (or a SOAP fault) is DOWN, an answer slower than {@code slowMs} DEGRADED. */
    public static ProbeOutcome of(int status, long latencyMs, int slowMs) {
        int ms = (int) Math.min(Integer.MAX_VALUE, latencyMs);
        if (status >= 500) {
            return new ProbeOutcome(ProbeState.DOWN, ms, status, "HTTP " + status);
        }
        if (latencyMs > slowMs) {
            return new ProbeOutcome(ProbeState.DEGRADED, ms, status, "slower than " + slowMs + " ms");
        }
        return new ProbeOutcome(ProbeState.UP, ms, status, null);
    }

    public static ProbeOutcome down(String error) {
        return new ProbeOutcome(ProbeState.DOWN, null, null, error.length() > 500 ? error.substring(0, 500) : error);
    }
}
