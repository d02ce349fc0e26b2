package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A peer's configuration, as the authority or the operator sets it: where its security server answers
 * ({@code baseUrl}, under which {@code /r1/…}, the SOAP messages ({@code /}) and the metadata services are), the
 * LGSP's member subsystem there, and how the LGSP proves itself there — a bearer token (its token endpoint, the
 * LGSP's client id, and the name of the configuration property that holds the client secret), a client certificate
 * (the key store's absolute path on every node, and the property holding its password), or both. A truststore for the
 * peer's server certificate may be named likewise. Secrets and passwords are never sent to or kept by the API.
 */
public record PeerDraft(@NotBlank(message = "field.required") @Size(max = 2000, message = "field.too-long") @SafeText
                        String baseUrl,
                        @NotBlank(message = "field.required") @SafeText String memberClass,
                        @NotBlank(message = "field.required") @SafeText String memberCode,
                        @NotBlank(message = "field.required") @SafeText String subsystemCode,
                        @Size(max = 2000, message = "field.too-long") @SafeText String tokenUrl,
                        @Size(max = 255, message = "field.too-long") @SafeText String clientId,
                        @Size(max = 255, message = "field.too-long") @SafeText String secretProperty,
                        @NotNull(message = "field.required") Integer timeoutMs,
                        @NotNull(message = "field.required") Boolean enabled,
                        @Size(max = 1000, message = "field.too-long") @SafeText String keystorePath,
                        @Size(max = 255, message = "field.too-long") @SafeText String keystorePasswordProperty,
                        @Size(max = 1000, message = "field.too-long") @SafeText String truststorePath,
                        @Size(max = 255, message = "field.too-long") @SafeText String truststorePasswordProperty) {
}
