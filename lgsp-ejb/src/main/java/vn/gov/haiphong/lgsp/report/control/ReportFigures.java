package vn.gov.haiphong.lgsp.report.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a report says about its period {@code [from, to)} (dates in Asia/Ho_Chi_Minh): the JSON format itself,
 * and what the CSV and PDF are written from.
 *
 * @param feedback the year's feedback round, in annual reports only (else null)
 */
public record ReportFigures(String kind, LocalDate from, LocalDate to, Instant generatedAt, Registry registry,
                            Exchanges exchanges, List<ServiceFigures> services, List<IncidentFigures> incidents,
                            List<MaintenanceFigures> maintenance, List<RequestFigures> requests,
                            List<CodeListPublication> codeLists, FeedbackSummary feedback) {

    /**
     * The registry: what exists at generation time, and what changed within the period (from the requests' decisions
     * and the admin audit).
     *
     * @param changes every audited change in the period, by entity and action
     */
    public record Registry(long activeAgencies, long connectedSystems, long publishedServices, long agenciesRegistered,
                           long agenciesRetired, long orgChangesApproved, long systemsConnected, long systemsCancelled,
                           long servicesPublished, long servicesRetired, List<ChangeCount> changes) {
    }

    public record ChangeCount(String entity, String action, long count) {
    }

    /**
     * Exchanges in the period, from the day rollups.
     *
     * @param byOutcome SUCCESS and each X-Road error code, with their counts
     */
    public record Exchanges(long total, long failures, Map<String, Long> byOutcome, List<AgencyExchanges> byProvider,
                            List<AgencyExchanges> byConsumer) {
    }

    /** One agency's exchanges as provider or as consumer; {@code name} is null for an unregistered one ("-"). */
    public record AgencyExchanges(String agencyCode, String name, long exchanges, long failures) {
    }

    /**
     * One service's period: its exchanges, the share answered without failure, latency percentiles (ms, from the merged
     * sketches; null when nothing was timed) and, when it has an active probe, the share of probe runs not DOWN.
     */
    public record ServiceFigures(String service, String providerAgency, long exchanges, long failures,
                                 Double successPercent, Double p50Ms, Double p95Ms, Double p99Ms, Long probeRuns,
                                 Double probeAvailabilityPercent) {
    }

    /**
     * Incidents detected in the period, per severity: how many, how many were isolated and resolved, and the median
     * and longest minutes from detection to the first isolation and to resolution.
     */
    public record IncidentFigures(String severity, long count, long isolated, long resolved, Double medianMinutesToIsolate,
                                  Double maxMinutesToIsolate, Double medianMinutesToResolve, Double maxMinutesToResolve) {
    }

    /** A maintenance window starting in the period, with the days of notice it had (announcement to start). */
    public record MaintenanceFigures(String service, Instant startsAt, Instant endsAt, double noticeDays,
                                     boolean emergency, boolean officeHours, boolean cancelled) {
    }

    /**
     * Requests of one kind (ACCESS, CONNECTION, ORG_CHANGE): filed in the period, decided in it, overdue (due in the
     * period or before and not decided by their due date — still open at the period's end, or decided late within
     * it; org changes have no legal deadline: null) and the median answer time in working days of those decided.
     */
    public record RequestFigures(String kind, long filed, long decided, Long overdue, Double medianWorkingDays) {
    }

    public record CodeListPublication(String list, String name, int version, LocalDate effectiveFrom, Instant publishedAt,
                                      int items) {
    }

    /** The year's feedback round: how many agencies answered, and per question the ratings or the texts. */
    public record FeedbackSummary(long roundId, int year, String title, long agenciesAnswered,
                                  List<QuestionSummary> questions) {
    }

    /**
     * @param ratings count per rating 1–5 (RATING questions)
     * @param texts   the answers given (TEXT questions), by agency code
     */
    public record QuestionSummary(String code, String text, String kind, long answers, Double meanRating,
                                  Map<String, Long> ratings, Map<String, String> texts) {
    }
}
