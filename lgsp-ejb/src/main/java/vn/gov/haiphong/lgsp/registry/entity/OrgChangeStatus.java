package vn.gov.haiphong.lgsp.registry.entity;

/** Where a proposal stands: the operator proposes, the authority approves or refuses. */
public enum OrgChangeStatus {
    PROPOSED,
    APPROVED,
    REFUSED
}
