package vn.gov.haiphong.lgsp.federation.boundary;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A national peer's member's right to a city service (quyền của thành viên nền tảng quốc gia).
 *
 * @param member     the peer's member subsystem, {@code GOV/BCA/csdl-dan-cu} (its instance is the peer's)
 * @param service    the city service, {@code VN/GOV/H24.06/dat-dai/echo}: every version
 * @param validUntil null: open-ended
 */
public record InboundRightDraft(@NotBlank(message = "field.required") @SafeText String member,
                                @NotBlank(message = "field.required") @SafeText String service,
                                Instant validUntil) {
}
