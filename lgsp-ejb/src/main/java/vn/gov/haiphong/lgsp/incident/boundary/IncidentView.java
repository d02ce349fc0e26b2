package vn.gov.haiphong.lgsp.incident.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An incident as its readers see it: what happened, where its handling stands and the steps it may take next, what
 * it affects, what it isolates, its expected fix time, backup and report.
 */
public record IncidentView(long id, String title, String description, String noticeVi, String noticeEn,
                           String severity, String category, boolean dataAffected, String state, List<String> nextStates,
                           String source, Instant detectedAt, String openedBy, Instant expectedFixAt, String backupRef,
                           List<String> services, List<String> systems, List<String> agencies,
                           List<IsolationView> isolations, boolean reportRequired, Report report, Instant closedAt,
                           int version) {

    /** A service or system suspended because of the incident. */
    public record IsolationView(long id, String target, Instant isolatedAt, String isolatedBy, Instant liftedAt,
                                String liftedBy) {
    }

    /** The report of a serious incident (Quy chế Đ.10.5g). */
    public record Report(String cause, String impact, String actions, String reportedBy, Instant reportedAt) {
    }
}
