package vn.gov.haiphong.lgsp.backup.boundary;

import jakarta.validation.constraints.Size;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A backup asked for.
 *
 * @param purpose why (optional), e.g. the incident it precedes: "trước khi xử lý sự cố 12 / before fixing incident 12"
 */
public record BackupDraft(@Size(max = 500, message = "field.too-long") @SafeText String purpose) {
}
