package vn.gov.haiphong.lgsp.monitoring.control;

/** The conditions that raise an alert (thresholds in MicroProfile Config, defaults in docs/operations.md). */
public enum AlertRule {
    /** A service's active probe was DOWN {@code lgsp.monitoring.alert.down-probes} times in a row. */
    PROVIDER_DOWN("CRITICAL"),
    /** Over {@code lgsp.monitoring.alert.error-rate-percent} % of a service's exchanges failed in the last
     * {@code lgsp.monitoring.alert.window-minutes} minutes (at least {@code lgsp.monitoring.alert.min-exchanges}). */
    ERROR_RATE("WARNING"),
    /** A service's p99 latency over the last window passed {@code lgsp.monitoring.alert.p99-ms}. */
    SLOW("WARNING"),
    /** This node's exchange-log writer failed a batch, or fell behind: too many records queued, the oldest waiting
     * too long, or the last batch too slow to commit ({@code lgsp.monitoring.alert.log-*}). Subject: the node. */
    LOG_WRITER("CRITICAL"),
    /** The nightly verification of the exchange log's hash chains found a problem, or could not run. Subject:
     * {@code exchange-log}. */
    CHAIN_BROKEN("CRITICAL"),
    /** Calls through a national peer failed {@code lgsp.monitoring.alert.peer-failures} times in a row on a node
     * (unreachable, too slow, or refusing the LGSP's credentials). Subject: the peer's instance code. */
    PEER_DOWN("CRITICAL");

    public final String severity;

    AlertRule(String severity) {
        this.severity = severity;
    }
}
