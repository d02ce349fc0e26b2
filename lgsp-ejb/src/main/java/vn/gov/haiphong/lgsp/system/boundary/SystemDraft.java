package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * An information system as its agency describes it.
 *
 * @param systemCode {@code [A-Za-z0-9-]{1,64}}, unique within the agency
 * @param dataKind   BASE (CSDL cơ bản), SPECIALISED (chuyên ngành) or OTHER (Đ.7)
 * @param baseUrls   http(s) addresses where the system is reached
 */
public record SystemDraft(
        @NotBlank(message = "field.required") String agencyCode,
        @NotBlank(message = "field.required") @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "system.code.invalid")
        String systemCode,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String name,
        @Size(max = 4000, message = "field.too-long") @SafeText String purpose,
        @NotBlank(message = "field.required") String dataKind,
        List<String> baseUrls,
        @Size(max = 255, message = "field.too-long") @SafeText String contactName,
        @Email(message = "agency.email.invalid") @SafeText String contactEmail,
        @Pattern(regexp = "\\+?[0-9]{8,15}", message = "agency.phone.invalid") String contactPhone) {
}
