package vn.gov.haiphong.lgsp.report.entity;

/** MONTHLY: the operator's month (Đ.14.3); ANNUAL: the authority's year (Đ.12.6); PERIOD: any period asked for. */
public enum ReportKind {
    MONTHLY, ANNUAL, PERIOD
}
