package vn.gov.haiphong.lgsp.monitoring.control;

/** The conditions that raise an alert (thresholds in MicroProfile Config, defaults in docs/operations.md). */
public enum AlertRule {
    /** A service's active probe was DOWN {@code lgsp.monitoring.alert.down-probes} times in a row. */
    PROVIDER_DOWN("CRITICAL"),
    /** Over {@code lgsp.monitoring.alert.error-rate-percent} % of a service's exchanges failed in the last
     * {@code lgsp.monitoring.alert.window-minutes} minutes (at least {@code lgsp.monitoring.alert.min-exchanges}). */
    ERROR_RATE("WARNING"),
    /** A service's p99 latency over the last window passed {@code lgsp.monitoring.alert.p99-ms}. */
    SLOW("WARNING");

    public final String severity;

    AlertRule(String severity) {
        this.severity = severity;
    }
}
