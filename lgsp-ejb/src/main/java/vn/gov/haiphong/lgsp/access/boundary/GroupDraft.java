package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/** A new system group. */
public record GroupDraft(@NotBlank(message = "field.required") @SafeText String code,
                         @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText
                         String name,
                         @SafeText String description) {
}
