package vn.gov.haiphong.lgsp.calendar.boundary;

import java.time.LocalDate;

/** A public holiday as the API shows it. */
public record HolidayView(LocalDate day, String nameVi, String nameEn) {
}
