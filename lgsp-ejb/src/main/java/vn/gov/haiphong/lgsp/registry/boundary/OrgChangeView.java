package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.json.JsonArray;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeKind;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeStatus;

/**
 * An organisational change as callers see it: {@code agencyCode} filed it; {@code decisionNumber},
 * {@code decisionDate} and {@code decidedBy} are the Chairman's decision once approved; {@code reviewedBy}
 * the authority's officer who approved or refused; {@code applyError} why it could not be applied on its date.
 */
public record OrgChangeView(long id, OrgChangeKind kind, OrgChangeStatus status, String agencyCode,
                            LocalDate effectiveDate, OrgChangeProposal.Details details, String filedBy,
                            Instant filedAt, String decisionNumber, LocalDate decisionDate, String decidedBy,
                            String reviewedBy, Instant reviewedAt, Instant appliedAt, String applyError,
                            String refusalReason, JsonArray history) {
}
