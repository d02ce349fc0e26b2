package vn.gov.haiphong.lgsp.registry.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeKind;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeStatus;

/** An organisational change as callers see it. */
public record OrgChangeView(long id, OrgChangeKind kind, OrgChangeStatus status, LocalDate effectiveDate,
                            String decisionNumber, String decidedBy, OrgChangeProposal.Details details,
                            String proposedBy, Instant proposedAt, String reviewedBy, Instant reviewedAt,
                            String refusalReason) {
}
