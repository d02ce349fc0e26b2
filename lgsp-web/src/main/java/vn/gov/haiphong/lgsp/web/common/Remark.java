package vn.gov.haiphong.lgsp.web.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The text a decision step carries: the reason of a refusal (required there) or an optional note.
 *
 * @param reason lý do (refusals)
 * @param note   ghi chú (checks)
 */
@Schema(description = "Lý do (bắt buộc khi từ chối, tạm dừng, thu hồi) hoặc ghi chú / The reason (required to refuse,"
        + " suspend or revoke) or a note", examples = "{\"reason\": \"Hồ sơ thiếu quyết định phê duyệt cấp độ\"}")
public record Remark(@Schema(description = "lý do / reason: required where the step refuses or stops something") String reason,
                     @Schema(description = "ghi chú / note: optional") String note) {

    public static String reasonOf(Remark remark) {
        return remark == null ? null : remark.reason();
    }

    public static String noteOf(Remark remark) {
        return remark == null ? null : remark.note();
    }
}
