package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * What Nghị định 47/2020 Đ.35 asks a sharing request to state: the requesting system, the service
 * (and operation), the purpose, the legal basis, the data fields and the frequency.
 *
 * @param consumer    the consumer system, {@code H24.10/his}
 * @param service     {@code H24.06/dat-dai/tra-cuu-thua-dat/v1}
 * @param wantedUntil the last day the right is needed, or null for open-ended
 */
public record AccessRequestDraft(
        @NotBlank(message = "field.required") String consumer,
        @NotBlank(message = "field.required") String service,
        @SafeText String operation,
        @NotBlank(message = "field.required") @SafeText String purpose,
        @NotBlank(message = "field.required") @SafeText String legalBasis,
        @NotEmpty(message = "field.required") List<@NotBlank(message = "field.required") @SafeText String> dataFields,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String frequency,
        LocalDate wantedUntil) {
}
