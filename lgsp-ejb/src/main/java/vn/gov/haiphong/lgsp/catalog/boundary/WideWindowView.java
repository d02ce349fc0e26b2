package vn.gov.haiphong.lgsp.catalog.boundary;

import java.time.Instant;

/**
 * A maintenance window over every service of one provider system ({@code system}) or of the platform ({@code system}
 * null); {@code target} names it as the notices do.
 */
public record WideWindowView(long id, String target, String system, Instant startsAt, Instant endsAt, String noticeVi,
                             String noticeEn, String createdBy, boolean emergency, String emergencyReason,
                             boolean duringOfficeHours, String officeHoursReason) {
}
