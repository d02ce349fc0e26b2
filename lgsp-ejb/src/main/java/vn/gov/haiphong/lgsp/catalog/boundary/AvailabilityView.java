package vn.gov.haiphong.lgsp.catalog.boundary;

import java.time.Instant;
import java.util.List;

/** Whether a service is suspended, and its planned maintenance windows (current and future). */
public record AvailabilityView(String service, Instant suspendedAt, String suspendedBy, String suspensionReason,
                               List<Window> maintenance) {

    public record Window(long id, Instant startsAt, Instant endsAt, String noticeVi, String noticeEn, String createdBy,
                         boolean emergency, String emergencyReason, boolean duringOfficeHours,
                         String officeHoursReason) {
    }
}
