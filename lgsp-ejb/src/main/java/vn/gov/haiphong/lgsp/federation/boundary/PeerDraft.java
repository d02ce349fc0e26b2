package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A peer's configuration, as the authority or the operator sets it: where its security server answers
 * ({@code baseUrl}, under which {@code /r1/…} and the metadata services are), the LGSP's member subsystem there, its
 * token endpoint and the LGSP's client id, and the name of the configuration property that holds the client secret
 * (the secret itself is never sent to or kept by the API).
 */
public record PeerDraft(@NotBlank(message = "field.required") @Size(max = 2000, message = "field.too-long") @SafeText
                        String baseUrl,
                        @NotBlank(message = "field.required") @SafeText String memberClass,
                        @NotBlank(message = "field.required") @SafeText String memberCode,
                        @NotBlank(message = "field.required") @SafeText String subsystemCode,
                        @NotBlank(message = "field.required") @Size(max = 2000, message = "field.too-long") @SafeText
                        String tokenUrl,
                        @NotBlank(message = "field.required") @Size(max = 255, message = "field.too-long") @SafeText
                        String clientId,
                        @NotBlank(message = "field.required") @SafeText String secretProperty,
                        @NotNull(message = "field.required") Integer timeoutMs,
                        @NotNull(message = "field.required") Boolean enabled) {
}
