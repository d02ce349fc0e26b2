package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * The approved security level of a system (cấp độ an toàn hệ thống thông tin, Nghị định 85/2016) and
 * the decision approving it, as the agency declares it for the authority to verify.
 *
 * @param level          1 to 5
 * @param decisionNumber số quyết định phê duyệt hồ sơ đề xuất cấp độ
 * @param approver       who approved (người/cơ quan phê duyệt)
 * @param documentRef    where the dossier can be read (document system reference or URL)
 * @param validUntil     optional: the date the level is to be reviewed by (after the decision date); the
 *                       authority's oversight lists levels about to lapse
 */
public record SecurityLevelDeclaration(
        @NotNull(message = "field.required") @Min(value = 1, message = "system.level.range")
        @Max(value = 5, message = "system.level.range") Integer level,
        @NotBlank(message = "field.required") @Size(max = 64, message = "field.too-long") @SafeText String decisionNumber,
        @NotNull(message = "field.required") LocalDate decisionDate,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String approver,
        @Size(max = 512, message = "field.too-long") @SafeText String documentRef,
        LocalDate validUntil) {

    /** A review date, when given, lies after the decision it reviews. */
    @jakarta.validation.constraints.AssertTrue(message = "system.level.valid-until")
    public boolean isValidUntilAfterDecision() {
        return validUntil == null || decisionDate == null || validUntil.isAfter(decisionDate);
    }
}
