package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A city system's right to a peer's service.
 *
 * @param service    {@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}, as the peer's catalog lists it
 * @param system     the consumer system, {@code H24.10/his}
 * @param validUntil null: open-ended
 */
public record PeerRightDraft(@NotBlank(message = "field.required") @SafeText String service,
                             @NotBlank(message = "field.required") @SafeText String system,
                             Instant validUntil) {
}
