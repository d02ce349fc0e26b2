package vn.gov.haiphong.lgsp.report.boundary;

import java.time.Instant;
import java.time.LocalDate;
import vn.gov.haiphong.lgsp.report.control.ReportFigures;
import vn.gov.haiphong.lgsp.report.entity.Report;

/**
 * A stored report: its period (first and last day included), who generated it (a person, or the schedule) and, when
 * one report is read, its figures; listings leave them out.
 */
public record ReportView(long id, String kind, LocalDate from, LocalDate to, boolean scheduled, String generatedBy,
                         Instant generatedAt, ReportFigures figures) {

    static ReportView of(Report r, ReportFigures figures) {
        return new ReportView(r.getId(), r.getKind().name(), r.getPeriodFrom(), r.getPeriodTo().minusDays(1),
                r.isScheduled(), r.getGeneratedBy(), r.getGeneratedAt(), figures);
    }
}
