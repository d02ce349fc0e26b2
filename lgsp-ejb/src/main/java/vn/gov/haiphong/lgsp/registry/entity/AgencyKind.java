package vn.gov.haiphong.lgsp.registry.entity;

/** Loại cơ quan, đơn vị. */
public enum AgencyKind {
    /** UBND thành phố (tỉnh). */
    PROVINCIAL_COMMITTEE,
    /** Sở, ban, ngành. */
    DEPARTMENT,
    /** UBND xã, phường, đặc khu. */
    COMMUNE_COMMITTEE,
    /** Đơn vị sự nghiệp công lập. */
    PUBLIC_SERVICE_UNIT,
    /** Doanh nghiệp nhà nước. */
    STATE_ENTERPRISE,
    /** Khác (cơ quan trung ương đóng trên địa bàn, tổ chức khác). */
    OTHER
}
