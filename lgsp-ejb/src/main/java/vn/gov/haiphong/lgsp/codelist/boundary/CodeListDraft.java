package vn.gov.haiphong.lgsp.codelist.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.codelist.control.AttributeSpec;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A new code list.
 *
 * @param code       {@code [a-z0-9][a-z0-9-]*}, e.g. {@code don-vi-hanh-chinh}
 * @param attributes extra item attributes the list declares
 */
public record CodeListDraft(
        @NotBlank(message = "field.required") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "codelist.code.invalid")
        String code,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String nameVi,
        @Size(max = 255, message = "field.too-long") @SafeText String nameEn,
        @NotBlank(message = "field.required") String ownerAgencyCode,
        @Size(max = 64, message = "field.too-long") @SafeText String legalBasisNumber,
        LocalDate legalBasisDate,
        List<AttributeSpec> attributes) {
}
