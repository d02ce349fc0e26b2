package vn.gov.haiphong.lgsp.monitoring.control;

/** An alert's lifecycle: FIRING → (ACKNOWLEDGED by the operator) → RESOLVED when its condition has cleared. */
public enum AlertState {
    FIRING, ACKNOWLEDGED, RESOLVED
}
