package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * The form to connect a system to the LGSP or to cancel its connection (Quy chế Đ.12.5).
 *
 * @param kind             CONNECT or CANCEL
 * @param expectedVolume   expected requests per day
 * @param securityEvidence reference of the approved security-level dossier
 */
public record ConnectionRequestDraft(
        @NotBlank(message = "field.required") String agencyCode,
        @NotBlank(message = "field.required") String systemCode,
        @NotBlank(message = "field.required") String kind,
        @NotBlank(message = "field.required") @Size(max = 4000, message = "field.too-long") @SafeText String purpose,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText
        String contactName,
        @NotBlank(message = "field.required") @Email(message = "agency.email.invalid") @SafeText String contactEmail,
        @Min(value = 0, message = "request.volume.invalid") Integer expectedVolume,
        @Size(max = 512, message = "field.too-long") @SafeText String securityEvidence) {
}
