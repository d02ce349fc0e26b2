package vn.gov.haiphong.lgsp.registry.entity;

/** Trạng thái của cơ quan, đơn vị. */
public enum AgencyStatus {
    /** Đang hoạt động. */
    ACTIVE,
    /** Tạm ngừng kết nối. */
    SUSPENDED,
    /** Đã giải thể, sáp nhập hoặc chia tách: the code stays resolvable and is never reissued. */
    RETIRED
}
