package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/** A planned maintenance window: from, until, and what callers are told meanwhile. */
public record MaintenanceDraft(@NotNull(message = "field.required") Instant startsAt,
                              @NotNull(message = "field.required") Instant endsAt,
                              @NotBlank(message = "field.required") @SafeText String noticeVi,
                              @SafeText String noticeEn) {
}
