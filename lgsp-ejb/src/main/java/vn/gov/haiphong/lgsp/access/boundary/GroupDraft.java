package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new system group. */
public record GroupDraft(@NotBlank(message = "field.required") String code,
                         @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") String name,
                         String description) {
}
