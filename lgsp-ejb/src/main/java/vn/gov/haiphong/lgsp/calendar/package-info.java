/**
 * Working days (ngày làm việc) for legal deadlines: Nghị định 47/2020 Đ.35 gives a provider five
 * working days to answer; weekends and Vietnamese public holidays (table {@code public_holiday},
 * kept by the authority and the operator through {@code /admin/v1/holidays}) do not count; a year reached without
 * any holiday recorded is flagged, not trusted. Dates are those of {@code Asia/Ho_Chi_Minh}.
 */
package vn.gov.haiphong.lgsp.calendar;
