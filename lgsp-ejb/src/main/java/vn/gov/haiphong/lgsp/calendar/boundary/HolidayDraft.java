package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/** A public holiday's names, Vietnamese and English (the day is the resource's path). */
public record HolidayDraft(@NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String nameVi,
                           @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String nameEn) {
}
