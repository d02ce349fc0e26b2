package vn.gov.haiphong.lgsp.monitoring.control;

/** A provider's state as a probe saw it (trạng thái): answering, answering slowly or with some errors, not answering. */
public enum ProbeState {
    UP, DEGRADED, DOWN
}
