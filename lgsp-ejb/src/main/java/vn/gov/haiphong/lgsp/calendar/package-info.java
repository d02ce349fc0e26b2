/**
 * Working days (ngày làm việc) for legal deadlines: Nghị định 47/2020 Đ.35 gives a provider five
 * working days to answer; weekends and Vietnamese public holidays (table {@code public_holiday},
 * maintained yearly) do not count. Dates are those of {@code Asia/Ho_Chi_Minh}.
 */
package vn.gov.haiphong.lgsp.calendar;
