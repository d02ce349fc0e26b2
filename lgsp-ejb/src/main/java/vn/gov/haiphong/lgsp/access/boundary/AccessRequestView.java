package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.json.JsonArray;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.access.entity.AccessRequest;

/**
 * An access request with its history; {@code overdue} when the provider's five working days have
 * passed without its answer, {@code consent} once the provider answered, {@code accessRight} once approved.
 */
public record AccessRequestView(long id, String consumer, String service, String operation, String purpose,
                                String legalBasis, List<String> dataFields, String frequency, LocalDate wantedUntil,
                                AccessRequest.Status status, String submittedBy, Instant submittedAt, LocalDate dueDate,
                                boolean overdue, Instant escalatedAt, Consent consent, String decidedBy,
                                Instant decidedAt, String refusalReason, Long accessRight, JsonArray history) {

    /**
     * The provider's answer (ý kiến của cơ quan cung cấp).
     *
     * @param given whether it consented
     * @param note  its note, or the reason of a refusal
     */
    public record Consent(boolean given, String by, Instant at, String note) {
    }
}
