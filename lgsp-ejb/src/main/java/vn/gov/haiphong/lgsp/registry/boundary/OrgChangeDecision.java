package vn.gov.haiphong.lgsp.registry.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Chairman of the City People's Committee's decision on an organisational change, as the authority
 * records it when approving (Quy chế Đ.8.3, Đ.12.3).
 *
 * @param decisionNumber số quyết định, e.g. {@code 1234/QĐ-UBND}
 * @param decisionDate   ngày ký quyết định (not after today)
 * @param effectiveDate  ngày có hiệu lực per the decision; the date filed when left out
 * @param note           the authority's note
 */
public record OrgChangeDecision(@Schema(required = true, maxLength = 64) String decisionNumber,
                                @Schema(required = true) LocalDate decisionDate, LocalDate effectiveDate,
                                String note) {
}
