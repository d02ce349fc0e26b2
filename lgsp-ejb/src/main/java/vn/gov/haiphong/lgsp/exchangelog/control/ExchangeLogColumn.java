package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.util.function.Function;

/**
 * The columns of {@code exchange_log} that the writer fills from each record, in one table: the column's name, how
 * its values travel in the batch's array ({@link Type}) and where a row's value comes from. {@link ExchangeLogInsert}
 * builds its statement and its arrays from this table alone, in this order; the row's node is the one value not here
 * (the same for the whole batch, a single parameter).
 */
public enum ExchangeLogColumn {
    RECEIVED_AT("received_at", Type.TIMESTAMPTZ, r -> r.record().receivedAt()),
    NODE_SEQ("node_seq", Type.BIGINT, ChainedRecord::seq),
    XROAD_ID("xroad_id", Type.TEXT, r -> r.record().xroadId()),
    REQUEST_ID("request_id", Type.TEXT, r -> r.record().requestId()),
    PROTOCOL("protocol", Type.TEXT, r -> r.record().protocol()),
    CLIENT("client", Type.TEXT, r -> r.record().client()),
    SERVICE("service", Type.TEXT, r -> r.record().service()),
    METHOD("method", Type.TEXT, r -> r.record().method()),
    OPERATION("operation", Type.TEXT, r -> r.record().operation()),
    USER_ID("user_id", Type.TEXT, r -> r.record().userId()),
    ISSUE("issue", Type.TEXT, r -> r.record().issue()),
    STATUS("status", Type.INTEGER, r -> r.record().status()),
    ERROR_CODE("error_code", Type.TEXT, r -> r.record().errorCode()),
    REQUEST_BYTES("request_bytes", Type.BIGINT, r -> r.record().requestBytes()),
    RESPONSE_BYTES("response_bytes", Type.BIGINT, r -> r.record().responseBytes()),
    REQUEST_SHA256("request_sha256", Type.TEXT, r -> r.record().requestSha256()),
    RESPONSE_SHA256("response_sha256", Type.TEXT, r -> r.record().responseSha256()),
    FORWARDED_AT("forwarded_at", Type.TIMESTAMPTZ, r -> r.record().forwardedAt()),
    ANSWERED_AT("answered_at", Type.TIMESTAMPTZ, r -> r.record().answeredAt()),
    PREV_HASH("prev_hash", Type.TEXT, ChainedRecord::prevHash),
    HASH("hash", Type.TEXT, ChainedRecord::hash),
    REQUEST_BODY("request_body", Type.BYTEA, r -> r.record().requestBody()),
    RESPONSE_BODY("response_body", Type.BYTEA, r -> r.record().responseBody());

    /**
     * How a column's values travel: as a PostgreSQL array of {@link #element} (the name the driver's
     * {@code createArrayOf} and the statement's {@code ?::element[]} both take), turned into the column's type by
     * {@link #cast} where the two differ.
     */
    public enum Type {
        TEXT("text", ""),
        BIGINT("int8", ""),
        INTEGER("int4", ""),
        /** The driver encodes a {@code bytea[]} only from a {@code byte[][]}: see {@link #newArray}. */
        BYTEA("bytea", ""),
        /** As ISO-8601 text, cast by the statement: the driver has no array encoding of {@link Instant}. */
        TIMESTAMPTZ("text", "::timestamptz");

        public final String element;
        public final String cast;

        Type(String element, String cast) {
            this.element = element;
            this.cast = cast;
        }

        /** An array for {@code n} values that the driver encodes as this type's array. */
        Object[] newArray(int n) {
            return this == BYTEA ? new byte[n][] : new Object[n];
        }

        Object encode(Object value) {
            return this == TIMESTAMPTZ && value != null ? value.toString() : value;
        }
    }

    public final String column;
    public final Type type;
    private final Function<ChainedRecord, Object> value;

    ExchangeLogColumn(String column, Type type, Function<ChainedRecord, Object> value) {
        this.column = column;
        this.type = type;
        this.value = value;
    }

    /** This column's value in the row of {@code r}, as its array holds it. */
    public Object valueOf(ChainedRecord r) {
        return type.encode(value.apply(r));
    }
}
