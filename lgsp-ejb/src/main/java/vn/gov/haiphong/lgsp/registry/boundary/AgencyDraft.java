package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * What a caller sends to register or update an agency. The parent is not sent: it is the unit the
 * code names as its prefix (QĐ 20/2020). Kind and status are text so that a wrong value is reported
 * against its field instead of failing the whole body. Messages are keys of the bilingual bundle.
 *
 * @param code                   mã định danh, e.g. {@code H24.07}
 * @param name                   full Vietnamese name
 * @param shortName              short name, e.g. {@code Sở KH&CN}
 * @param kind                   one of {@link vn.gov.haiphong.lgsp.registry.entity.AgencyKind}
 * @param status                 {@code ACTIVE} (default) or {@code SUSPENDED}
 * @param email                  contact e-mail
 * @param phone                  contact phone; spaces, dots and dashes are ignored
 * @param administrativeUnitCode 5-digit statistics code for UBND xã/phường/đặc khu
 * @param decisionNumber         when registering outside an organisational change: the number of the decision
 *                               that issued the code (required then; ignored on update and in a change)
 * @param decisionDate           that decision's date
 */
public record AgencyDraft(
        @NotBlank(message = "field.required") @SafeText String code,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String name,
        @Size(max = 64, message = "field.too-long") @SafeText String shortName,
        @NotBlank(message = "field.required") String kind,
        String status,
        @Email(message = "agency.email.invalid") @Size(max = 254, message = "field.too-long") @SafeText
        String email,
        @Size(max = 24, message = "field.too-long") String phone,
        @Pattern(regexp = "[0-9]{5}", message = "agency.admin-unit.invalid") String administrativeUnitCode,
        @Size(max = 64, message = "field.too-long") @SafeText String decisionNumber,
        LocalDate decisionDate) {
}
