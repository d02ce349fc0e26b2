package vn.gov.haiphong.lgsp.incident.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/** The expected fix time (Quy chế Đ.10.5f), with an optional word to the parties. */
public record EtaDraft(@NotNull(message = "field.required") Instant expectedFixAt, @SafeText String note) {
}
