package vn.gov.haiphong.lgsp.monitoring.boundary;

/**
 * Work of another capability that runs once per cluster through the jobs table of {@link MonitorJobs}: every node's
 * {@link MonitorScheduler} registers it at start, and whichever scheduler claims its due row runs it, in the claiming
 * transaction (what it writes commits with the row's next due time). Implemented by a session bean whose local view
 * is this interface.
 */
public interface ClusterJob {

    /** The row's name in {@code monitor_job}; unique. */
    String name();

    /** Seconds between two runs. */
    int intervalSeconds();

    void run();
}
