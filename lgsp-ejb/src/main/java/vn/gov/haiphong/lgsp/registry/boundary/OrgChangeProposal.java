package vn.gov.haiphong.lgsp.registry.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an agency files (Quy chế Đ.8.3). Which fields a kind uses:
 * RENAME {@code predecessors=[code]}, {@code newName}, {@code newShortName};
 * MERGE {@code predecessors=[≥2 codes]}, {@code successors=[the new agency]};
 * SPLIT {@code predecessors=[code]}, {@code successors=[≥2 new agencies]};
 * DISSOLVE {@code predecessors=[code]}, optional {@code dutiesTo} (an existing agency);
 * REPARENT {@code predecessors=[code]}, {@code successors=[the agency under its new parent, new code]}.
 * The filer's own agency is among the predecessors. The decision is recorded by the authority on approval.
 *
 * @param kind          RENAME, SPLIT, MERGE, DISSOLVE or REPARENT
 * @param effectiveDate ngày có hiệu lực asked for
 * @param note          the filer's note (grounds, documents)
 */
public record OrgChangeProposal(@Schema(required = true, enumeration = {"RENAME", "SPLIT", "MERGE", "DISSOLVE", "REPARENT"})
                                String kind, @Schema(required = true) LocalDate effectiveDate,
                                List<String> predecessors, List<AgencyDraft> successors, String newName,
                                String newShortName, String dutiesTo, String note) {

    /** The part stored as the change's details. */
    public record Details(List<String> predecessors, List<AgencyDraft> successors, String newName,
                          String newShortName, String dutiesTo) {
    }

    Details details() {
        return new Details(predecessors == null ? List.of() : predecessors,
                successors == null ? List.of() : successors, newName, newShortName, dutiesTo);
    }
}
