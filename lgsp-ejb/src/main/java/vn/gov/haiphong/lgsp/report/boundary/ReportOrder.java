package vn.gov.haiphong.lgsp.report.boundary;

import java.time.LocalDate;

/**
 * What report to generate now: {@code MONTHLY} with {@code month} (YYYY-MM), {@code ANNUAL} with {@code year} (the
 * whole year), or {@code PERIOD} with {@code from} and {@code to} (both days included).
 */
public record ReportOrder(String kind, String month, Integer year, LocalDate from, LocalDate to) {
}
