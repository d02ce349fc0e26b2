package vn.gov.haiphong.lgsp.registry.entity;

/**
 * Where an organisational change stands (Quy chế Đ.8.3, Đ.12.3): the agency files it, the operator checks
 * it, the authority submits it to the Chairman of the City People's Committee and records the Chairman's
 * decision; codes change only when it is applied, on its effective date.
 */
public enum OrgChangeStatus {
    /** Filed by the agency's admin; awaits the operator's check. */
    FILED,
    /** Checked by the operator; awaits the authority's submission. */
    CHECKED,
    /** Returned by the operator with a reason; closed. */
    RETURNED,
    /** Submitted by the authority to the Chairman; awaits the decision. */
    SUBMITTED,
    /** Decided by the Chairman, recorded by the authority; waits for its effective date. */
    APPROVED,
    /** Applied to the registry. */
    APPLIED,
    /** Refused by the authority with a reason; closed. */
    REFUSED,
    /** Withdrawn by the filing agency; closed. */
    WITHDRAWN
}
