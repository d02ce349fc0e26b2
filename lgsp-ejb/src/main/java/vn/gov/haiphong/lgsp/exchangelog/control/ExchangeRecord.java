package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.gov.haiphong.lgsp.schema.NativeValues;

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
 * @param requestBody   the request's first bytes, kept for a service that keeps bodies; else null (not chained:
 *                      the whole body's {@code requestSha256} is)
 * @param responseBody  the same of the response
 */
public record ExchangeRecord(Instant receivedAt, String xroadId, String requestId, String protocol, String client,
                             String service, String method, String operation, String userId, String issue, int status,
                             String errorCode, long requestBytes, long responseBytes, String requestSha256,
                             String responseSha256, Instant forwardedAt, Instant answeredAt, byte[] requestBody,
                             byte[] responseBody) {

    /** The record's columns in {@code exchange_log}, in the order of the components: what {@link #of} reads. */
    public static final String COLUMNS = "received_at, xroad_id, request_id, protocol, client, service, method, operation,"
            + " user_id, issue, status, error_code, request_bytes, response_bytes, request_sha256, response_sha256,"
            + " forwarded_at, answered_at";

    /** The record in a native query's row, its {@link #COLUMNS} starting at {@code first}. */
    public static ExchangeRecord of(Object[] row, int first) {
        Object[] r = java.util.Arrays.copyOfRange(row, first, first + 18);
        return new ExchangeRecord(NativeValues.instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], ((Number) r[10]).intValue(),
                (String) r[11], ((Number) r[12]).longValue(), ((Number) r[13]).longValue(), (String) r[14],
                (String) r[15], NativeValues.instant(r[16]), NativeValues.instant(r[17]));
    }

    /** A record without bodies. */
    public ExchangeRecord(Instant receivedAt, String xroadId, String requestId, String protocol, String client,
                          String service, String method, String operation, String userId, String issue, int status,
                          String errorCode, long requestBytes, long responseBytes, String requestSha256,
                          String responseSha256, Instant forwardedAt, Instant answeredAt) {
        this(receivedAt, xroadId, requestId, protocol, client, service, method, operation, userId, issue, status,
                errorCode, requestBytes, responseBytes, requestSha256, responseSha256, forwardedAt, answeredAt, null, null);
    }

    public ExchangeRecord {
        receivedAt = micros(receivedAt);
        forwardedAt = micros(forwardedAt);
        answeredAt = micros(answeredAt);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
