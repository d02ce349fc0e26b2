package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What is logged of one exchange (DESIGN §5). Times are kept to the microsecond, as PostgreSQL stores
 * them, so that a record hashes the same before and after the database.
 *
 * @param xroadId       the exchange's X-Road-Id
 * @param requestId     the platform's own id of the request
 * @param client        the consumer as authenticated, {@code VN/GOV/H24.10/his}; null if unknown
 * @param service       the service addressed, {@code VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat}
 * @param operation     REST path (without query) or SOAP operation
 * @param status        HTTP status answered
 * @param errorCode     X-Road error code when it failed, else null
 * @param forwardedAt   when it went to the provider; null if it never did
 */
public record ExchangeRecord(Instant receivedAt, String xroadId, String requestId, String protocol, String client,
                             String service, String method, String operation, String userId, String issue, int status,
                             String errorCode, long requestBytes, long responseBytes, String requestSha256,
                             String responseSha256, Instant forwardedAt, Instant answeredAt) {

    public ExchangeRecord {
        receivedAt = micros(receivedAt);
        forwardedAt = micros(forwardedAt);
        answeredAt = micros(answeredAt);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
