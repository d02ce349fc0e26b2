package vn.gov.haiphong.lgsp.registry.entity;

/** Kinds of organisational change (Quy chế Đ.8.3). */
public enum OrgChangeKind {
    /** Đổi tên: same code, new name; the old name is kept as history. */
    RENAME,
    /** Chia tách: one agency retires, several new ones (new codes) take over. */
    SPLIT,
    /** Sáp nhập, hợp nhất: several agencies retire, one new agency (new code) takes over. */
    MERGE,
    /** Giải thể: the agency retires; its duties may pass to an existing agency. */
    DISSOLVE,
    /** Chuyển cơ quan chủ quản: the code names the parent, so a new code is issued under the new parent. */
    REPARENT
}
