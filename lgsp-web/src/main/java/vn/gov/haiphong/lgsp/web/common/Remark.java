package vn.gov.haiphong.lgsp.web.common;

/**
 * The text a decision step carries: the reason of a refusal (required there) or an optional note.
 *
 * @param reason lý do (refusals)
 * @param note   ghi chú (checks)
 */
public record Remark(String reason, String note) {

    public static String reasonOf(Remark remark) {
        return remark == null ? null : remark.reason();
    }

    public static String noteOf(Remark remark) {
        return remark == null ? null : remark.note();
    }
}
