package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A planned maintenance window: from, until, and what callers are told meanwhile. It starts at least seven days
 * after it is announced (Quy chế Đ.9.7, Đ.14.2), unless it is an emergency, which says why; one that overlaps office
 * hours says why it cannot be done outside them ({@code officeHoursReason}; an emergency's reason serves).
 */
public record MaintenanceDraft(@NotNull(message = "field.required") Instant startsAt,
                              @NotNull(message = "field.required") Instant endsAt,
                              @NotBlank(message = "field.required") @SafeText String noticeVi,
                              @SafeText String noticeEn,
                              Boolean emergency,
                              @SafeText String emergencyReason,
                              @SafeText String officeHoursReason) {
}
