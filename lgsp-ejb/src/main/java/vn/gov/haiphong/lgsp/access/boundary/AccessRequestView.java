package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.json.JsonArray;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.access.entity.AccessRequest;

/**
 * An access request with its history; {@code overdue} when the provider's five working days have
 * passed without its answer, {@code consent} once the provider answered, {@code accessRight} once approved.
 * For a {@code national} service, {@code service} is its name in the peer's catalog
 * ({@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}), nobody consents, and approval gives {@code peerRight} (the right
 * listed under {@code /admin/v1/peers/{instance}/rights}) instead of {@code accessRight}.
 */
public record AccessRequestView(long id, String consumer, String service, boolean national, String operation,
                                String purpose,
                                String legalBasis, List<String> dataFields, String frequency, LocalDate wantedUntil,
                                AccessRequest.Status status, String submittedBy, Instant submittedAt, LocalDate dueDate,
                                boolean overdue, Instant escalatedAt, Consent consent, String decidedBy,
                                Instant decidedAt, String refusalReason, Long accessRight, Long peerRight,
                                JsonArray history) {

    /**
     * The provider's answer (ý kiến của cơ quan cung cấp).
     *
     * @param given whether it consented
     * @param note  its note, or the reason of a refusal
     */
    public record Consent(boolean given, String by, Instant at, String note) {
    }
}
