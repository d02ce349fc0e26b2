package vn.gov.haiphong.lgsp.incident.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an incident stands (Quy chế Đ.10): detected, isolated (Đ.10.4), diagnosed (root cause known, Đ.10.5b),
 * resolved, closed (report done) — or escalated, handed to the authority when beyond the operator (Đ.10.5e).
 * Every step not listed here is refused.
 */
public enum IncidentState {
    DETECTED, ISOLATED, DIAGNOSED, RESOLVED, CLOSED, ESCALATED;

    private static final Map<IncidentState, Set<IncidentState>> NEXT = Map.of(
            DETECTED, EnumSet.of(ISOLATED, DIAGNOSED, ESCALATED),
            ISOLATED, EnumSet.of(DIAGNOSED, ESCALATED),
            DIAGNOSED, EnumSet.of(RESOLVED, ESCALATED),
            // the authority's work goes on from where the incident stood; it ends resolved
            ESCALATED, EnumSet.of(ISOLATED, DIAGNOSED, RESOLVED),
            // a fix that did not hold goes back to diagnosis
            RESOLVED, EnumSet.of(CLOSED, DIAGNOSED),
            CLOSED, EnumSet.noneOf(IncidentState.class));

    /** The states this one may move to, in declaration order. */
    public Set<IncidentState> next() {
        return NEXT.get(this);
    }

    public boolean mayMoveTo(IncidentState to) {
        return NEXT.get(this).contains(to);
    }

    /** Still to be handled: the gateway may be refusing calls because of it, and its parties are waiting. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
