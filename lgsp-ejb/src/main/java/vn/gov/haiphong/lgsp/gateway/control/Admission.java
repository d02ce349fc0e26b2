package vn.gov.haiphong.lgsp.gateway.control;

import java.time.Duration;
import java.time.Instant;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * An access decision turned into the gateway's answer: the service to call, or the X-Road refusal — from what was
 * decided at the decision's instant only (the window, the suspension and its notice), never looked up again.
 */
final class Admission {

    private Admission() {
    }

    /**
     * @param client the consumer and {@code service} the service, as named in the refusal
     * @param what the operation asked for, as named in a refusal for want of a right
     * @param now when the refusal is answered: a {@code Retry-After} counts from it
     */
    static ServiceEntry admit(AccessPolicy.Decision decision, String client, String service, String what,
                              Language language, Instant now) {
        ServiceEntry entry = decision.service();
        return switch (decision.outcome()) {
            case ALLOWED -> entry;
            case SERVICE_UNKNOWN -> throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, service);
            case CLIENT_UNKNOWN, CLIENT_NOT_CONNECTED -> throw new LgspException(ErrorCode.CLIENT_NOT_CONNECTED, client);
            case CLIENT_SUSPENDED -> throw new LgspException(ErrorCode.CLIENT_SUSPENDED, client,
                    decision.consumerSuspension());
            case NO_RIGHT -> throw new LgspException(ErrorCode.NO_ACCESS_RIGHT, client, what, service);
            case PROVIDER_NOT_CONNECTED -> throw new LgspException(ErrorCode.PROVIDER_NOT_CONNECTED, service);
            case PROVIDER_SUSPENDED -> throw new LgspException(ErrorCode.PROVIDER_SUSPENDED, service,
                    entry.provider().suspensionReason());
            case SERVICE_SUSPENDED -> throw new LgspException(ErrorCode.SERVICE_SUSPENDED, service,
                    entry.suspensionReason());
            case SERVICE_MAINTENANCE -> {
                // the window matched when the decision was made: named even if it has ended since
                Maintenance m = decision.maintenance();
                throw new LgspException(ErrorCode.SERVICE_MAINTENANCE, service, m.endsAt(),
                        language == Language.EN && m.noticeEn() != null ? m.noticeEn() : m.noticeVi())
                        .retryAfter(Duration.between(now, m.endsAt()).toSeconds() + 1);
            }
            case SERVICE_DISABLED -> throw new LgspException(ErrorCode.SERVICE_DISABLED, service,
                    language == Language.EN && entry.noticeEn() != null ? entry.noticeEn() : entry.noticeVi());
        };
    }
}
