package vn.gov.haiphong.lgsp.incident.boundary;

import jakarta.validation.constraints.NotBlank;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/** The report of an incident (Quy chế Đ.10.5g): its cause, its impact, and the actions taken. */
public record ReportDraft(@NotBlank(message = "field.required") @SafeText String cause,
                          @NotBlank(message = "field.required") @SafeText String impact,
                          @NotBlank(message = "field.required") @SafeText String actions) {
}
