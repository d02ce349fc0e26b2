package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The insert and its arrays come from the column table alone, and agree with it column by column, row by row. */
class ExchangeLogInsertTest {

    static ExchangeRecord record(String xroadId, byte[] requestBody) {
        Instant t = Instant.parse("2026-12-03T01:02:03.123456Z");
        return new ExchangeRecord(t, xroadId, "req-" + xroadId, "REST", "VN/GOV/H24.10/his",
                "VN/GOV/H24.06/dat-dai/echo", "GET", "/echo/1", "user", "issue", 200, null, 10, 20,
                "a".repeat(64), "b".repeat(64), t.plusMillis(1), t.plusMillis(2), requestBody, null);
    }

    @Test
    void theStatementUnnestsOneArrayPerColumnInTheTablesOrder() {
        assertEquals("WITH rows AS (INSERT INTO exchange_log (node, received_at, node_seq, xroad_id, request_id,"
                + " protocol, client, service, method, operation, user_id, issue, status, error_code, request_bytes,"
                + " response_bytes, request_sha256, response_sha256, forwarded_at, answered_at, prev_hash, hash,"
                + " request_body, response_body)"
                + " SELECT ?, received_at::timestamptz, node_seq, xroad_id, request_id, protocol, client, service, method,"
                + " operation, user_id, issue, status, error_code, request_bytes, response_bytes, request_sha256,"
                + " response_sha256, forwarded_at::timestamptz, answered_at::timestamptz, prev_hash, hash, request_body,"
                + " response_body"
                + " FROM unnest(?::text[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::int8[], ?::int8[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[])"
                + " AS t(received_at, node_seq, xroad_id, request_id, protocol, client, service, method, operation,"
                + " user_id, issue, status, error_code, request_bytes, response_bytes, request_sha256, response_sha256,"
                + " forwarded_at, answered_at, prev_hash, hash, request_body, response_body))"
                + " INSERT INTO exchange_log_head (node, last_seq, last_hash) VALUES (?, ?, ?)"
                + " ON CONFLICT (node) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash",
                ExchangeLogInsert.SQL);
        assertEquals(ExchangeLogColumn.values().length + 4, ExchangeLogInsert.SQL.chars().filter(c -> c == '?').count());
    }

    @Test
    void eachArrayHoldsItsColumnsValueOfEveryRowInOrder() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        List<ChainedRecord> rows = List.of(new ChainedRecord(record("x1", body), 7, ExchangeChain.GENESIS, "1".repeat(64)),
                new ChainedRecord(record("x2", null), 8, "1".repeat(64), "2".repeat(64)));
        Object[][] arrays = ExchangeLogInsert.arrays(rows);
        assertEquals(ExchangeLogColumn.values().length, arrays.length);
        for (ExchangeLogColumn column : ExchangeLogColumn.values()) {
            Object[] values = arrays[column.ordinal()];
            assertEquals(rows.size(), values.length, column.column);
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(column.valueOf(rows.get(i)), values[i], column.column + " of row " + i);
            }
        }
        assertEquals("x1", arrays[ExchangeLogColumn.XROAD_ID.ordinal()][0]);
        assertEquals("x2", arrays[ExchangeLogColumn.XROAD_ID.ordinal()][1]);
        assertEquals(8L, arrays[ExchangeLogColumn.NODE_SEQ.ordinal()][1]);
        assertEquals(200, arrays[ExchangeLogColumn.STATUS.ordinal()][0]);
        assertEquals(ExchangeChain.GENESIS, arrays[ExchangeLogColumn.PREV_HASH.ordinal()][0]);
        assertEquals("2".repeat(64), arrays[ExchangeLogColumn.HASH.ordinal()][1]);
        assertEquals("2026-12-03T01:02:03.124456Z", arrays[ExchangeLogColumn.FORWARDED_AT.ordinal()][0],
                "instants travel as ISO-8601 text");
        assertNull(arrays[ExchangeLogColumn.ERROR_CODE.ordinal()][0]);
        // the driver encodes a bytea[] only from a byte[][]
        assertInstanceOf(byte[][].class, arrays[ExchangeLogColumn.REQUEST_BODY.ordinal()]);
        assertInstanceOf(byte[][].class, arrays[ExchangeLogColumn.RESPONSE_BODY.ordinal()]);
        assertArrayEquals(body, (byte[]) arrays[ExchangeLogColumn.REQUEST_BODY.ordinal()][0]);
        assertNull(arrays[ExchangeLogColumn.REQUEST_BODY.ordinal()][1]);
    }

    @Test
    void everyValueHasItsArraysJavaTypeWhenGiven() {
        ExchangeRecord r = record("x", new byte[] {1});
        ExchangeRecord full = new ExchangeRecord(r.receivedAt(), r.xroadId(), r.requestId(), r.protocol(), r.client(),
                r.service(), r.method(), r.operation(), r.userId(), r.issue(), 502, "Server.ServerProxy.ServiceFailed",
                r.requestBytes(), r.responseBytes(), r.requestSha256(), r.responseSha256(), r.forwardedAt(),
                r.answeredAt(), r.requestBody(), new byte[] {2});
        ChainedRecord row = new ChainedRecord(full, 1, ExchangeChain.GENESIS, "1".repeat(64));
        for (ExchangeLogColumn column : ExchangeLogColumn.values()) {
            Object value = column.valueOf(row);
            Class<?> expected = switch (column.type) {
                case TEXT, TIMESTAMPTZ -> String.class;
                case BIGINT -> Long.class;
                case INTEGER -> Integer.class;
                case BYTEA -> byte[].class;
            };
            assertInstanceOf(expected, value, column.column);
        }
    }
}
