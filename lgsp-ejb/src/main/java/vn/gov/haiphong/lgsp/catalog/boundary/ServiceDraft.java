package vn.gov.haiphong.lgsp.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A service version to register. The provider URL and data kind default to what the contract and the
 * provider system declare; the timeout to 30 s.
 *
 * @param system      the provider system, {@code H24.06/dat-dai}
 * @param logBodies   whether the exchange log may keep bodies (default no)
 * @param circuit     the service's own circuit breaker; absent, or either field absent: the platform's defaults
 */
public record ServiceDraft(
        @NotBlank(message = "field.required") String system,
        @NotBlank(message = "field.required") @SafeText String code,
        @NotBlank(message = "field.required") @SafeText String version,
        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText String titleVi,
        @Size(max = 255, message = "field.too-long") @SafeText String titleEn,
        @SafeText String description,
        String dataKind,
        String providerUrl,
        Integer timeoutMs,
        Boolean logBodies,
        Circuit circuit,
        @NotNull(message = "field.required") ContractDraft contract) {

    /**
     * A circuit breaker (ngắt mạch): after {@code failures} consecutive provider failures (unreachable, timeout,
     * 5xx) the gateway refuses calls for {@code openSeconds}, then lets one call through to decide. Null fields: the
     * platform's defaults ({@code lgsp.gateway.circuit.failures}, {@code lgsp.gateway.circuit.open-seconds}).
     */
    public record Circuit(Integer failures, Integer openSeconds) {
    }
}
