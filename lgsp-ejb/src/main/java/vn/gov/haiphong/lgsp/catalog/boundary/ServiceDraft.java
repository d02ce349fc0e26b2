package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service version to register. The provider URL and data kind default to what the contract and the
 * provider system declare; the timeout to 30 s.
 *
 * @param system      the provider system, {@code H24.06/dat-dai}
 * @param logBodies   whether the exchange log may keep bodies (default no)
 */
public record ServiceDraft(
        @NotBlank(message = "field.required") String system,
        @NotBlank(message = "field.required") String code,
        @NotBlank(message = "field.required") String version,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") String titleVi,
        @Size(max = 255, message = "field.too-long") String titleEn,
        String description,
        String dataKind,
        String providerUrl,
        Integer timeoutMs,
        Boolean logBodies,
        @NotNull(message = "field.required") ContractDraft contract) {
}
