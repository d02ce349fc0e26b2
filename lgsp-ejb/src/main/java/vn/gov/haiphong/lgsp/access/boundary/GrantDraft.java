package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/**
 * A right to grant directly (without a request): to one consumer system or one group, on a whole
 * service or one operation, optionally until an instant.
 *
 * @param service   {@code H24.06/dat-dai/tra-cuu-thua-dat/v1}
 * @param consumer  {@code H24.10/his}, or null when {@code group} is given
 * @param operation an operation code of the service, or null for all of it
 */
public record GrantDraft(@NotBlank(message = "field.required") String service, String consumer, String group,
                         String operation, Instant validUntil) {
}
