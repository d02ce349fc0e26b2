package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.common.Hashes;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeChain;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/**
 * The exchange log against someone who can write to its database. The superuser rewrites a record and recomputes
 * every later hash the way the chain's algorithm reads in the source — without the key — and rewinds the head: only
 * the key shows it. The last record deleted and the head rewound: the checkpoint outside the database shows it.
 * Neither needs the node's memory: what {@code /verify} reads is the database, the key and the checkpoint files, as
 * after a restart. The application's role cannot change or remove a record at all, nor change the schema; the
 * owner's attempt is refused by the trigger.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeLogTamperIT {

    private static final String NODE = "lgsp-it";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRecordRewrittenWithEveryLaterHashRecomputedIsFoundByTheKey() throws Exception {
        List<Long> seqs = exchanges(5);
        assertTrue(verify().get("intact").asBoolean(), verify().toString());
        long victim = seqs.get(1);
        List<Row> original = rows(victim);

        List<String> rewrite = new ArrayList<>();
        String previous = original.get(0).previous();
        for (Row row : original) {
            ExchangeRecord r = row.record();
            ExchangeRecord forged = row.seq() == victim ? new ExchangeRecord(r.receivedAt(), r.xroadId(), r.requestId(),
                    r.protocol(), r.client(), r.service(), r.method(), r.operation(), r.userId(), r.issue(), 403,
                    "Server.ClientProxy.AccessDenied", r.requestBytes(), r.responseBytes(), r.requestSha256(),
                    r.responseSha256(), r.forwardedAt(), r.answeredAt()) : r;
            String hash = Hashes.sha256Hex(ExchangeChain.message(previous, NODE, row.seq(), forged));
            rewrite.add("UPDATE exchange_log SET status = " + forged.status() + ", error_code = " + literal(forged.errorCode())
                    + ", prev_hash = '" + previous + "', hash = '" + hash + "' WHERE node = '" + NODE + "' AND node_seq = "
                    + row.seq());
            previous = hash;
        }
        rewrite.add("UPDATE exchange_log_head SET last_hash = '" + previous + "' WHERE node = '" + NODE + "'");
        Database.tamper(rewrite);
        try {
            JsonNode found = verify();
            assertFalse(found.get("intact").asBoolean(), found.toString());
            assertTrue(has(found, victim, "EDITED"), found.toString());
            assertFalse(has(found, victim, "BROKEN_LINK") || has(found, victim + 1, "BROKEN_LINK"),
                    "the links were recomputed consistently: only the key tells: " + found);
        } finally {
            restore(original);
        }
        assertTrue(verify().get("intact").asBoolean(), "the original records verify again");
    }

    @Test
    void theLastRecordDeletedAndTheHeadRewoundIsFoundByTheCheckpoint() throws Exception {
        long last = exchanges(2).get(1);
        JsonNode proof = awaitCheckpoint(last);
        assertEquals(last, proof.get("lastCheckpointSeq").asLong(), proof.toString());
        Row removed = rows(last).get(0);

        Database.tamper(List.of("CREATE TABLE it_removed AS SELECT * FROM exchange_log WHERE node = '" + NODE
                        + "' AND node_seq = " + last,
                "DELETE FROM exchange_log WHERE node = '" + NODE + "' AND node_seq = " + last,
                "UPDATE exchange_log_head SET last_seq = " + (last - 1) + ", last_hash = '" + removed.previous()
                        + "' WHERE node = '" + NODE + "'"));
        try {
            JsonNode found = verify();
            assertFalse(found.get("intact").asBoolean(), found.toString());
            assertTrue(has(found, last, "TRUNCATED"), found.toString());
        } finally {
            Database.tamper(List.of("INSERT INTO exchange_log SELECT * FROM it_removed", "DROP TABLE it_removed",
                    "UPDATE exchange_log_head SET last_seq = " + last + ", last_hash = '" + removed.hash()
                            + "' WHERE node = '" + NODE + "'"));
        }
        assertTrue(verify().get("intact").asBoolean());
    }

    @Test
    void theApplicationsRoleCannotChangeOrRemoveRecordsNorTheSchemaAndTheTriggerStopsTheOwner() throws Exception {
        exchanges(1);
        try (Connection app = Database.connectAs(Database.APP); Statement s = app.createStatement()) {
            for (String sql : List.of("UPDATE exchange_log SET status = 500", "DELETE FROM exchange_log",
                    "TRUNCATE exchange_log", "UPDATE admin_audit SET action = 'X'", "DELETE FROM admin_audit",
                    "CREATE TABLE it_app_table (a int)", "ALTER TABLE exchange_log DISABLE TRIGGER USER",
                    "DROP TABLE exchange_log_default", "SELECT lgsp_exchange_log_drop_partition('exchange_log_"
                            + java.time.YearMonth.now().toString().replace('-', '_') + "')")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertNotNull(refused.getSQLState(), sql);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM exchange_log")) {
                assertTrue(rs.next() && rs.getLong(1) > 0, "it reads the log");
            }
        }
        try (Connection owner = Database.connectAs(Database.OWNER); Statement s = owner.createStatement()) {
            for (String sql : List.of("UPDATE exchange_log SET status = 500", "DELETE FROM exchange_log",
                    "TRUNCATE exchange_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertTrue(verify().get("intact").asBoolean());
    }

    @Test
    void verifyChecksTheWholeKeptLogByDefaultAndRefusesABackwardRange() {
        exchanges(1);
        JsonNode all = verify();
        assertFalse(all.hasNonNull("from"), "no lower bound: " + all);
        JsonNode proof = proofOf(all);
        assertEquals(1, proof.get("firstSeq").asLong(), "from the chain's first record: " + all);
        assertEquals("GENESIS", proof.get("anchor").asText());

        Instant now = Instant.now();
        HttpResponse<String> backward = send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify?from=" + now
                + "&to=" + now.minusSeconds(3600)));
        AgencyRestIT.assertProblem(backward, 400, "invalid-parameter");
        AgencyRestIT.assertProblem(send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify?from=" + now + "&to=" + now)),
                400, "invalid-parameter");
    }

    private record Row(long seq, ExchangeRecord record, String previous, String hash) {
    }

    /** This node's records from {@code from} to its last, in order. */
    private static List<Row> rows(long from) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = Database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node_seq, " + ExchangeRecord.COLUMNS + ", prev_hash, hash FROM exchange_log"
                     + " WHERE node = '" + NODE + "' AND node_seq >= " + from + " ORDER BY node_seq")) {
            while (rs.next()) {
                Object[] values = new Object[21];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                rows.add(new Row(rs.getLong(1), ExchangeRecord.of(values, 1), rs.getString(20), rs.getString(21)));
            }
        }
        return rows;
    }

    private static void restore(List<Row> original) {
        List<String> back = new ArrayList<>();
        for (Row row : original) {
            back.add("UPDATE exchange_log SET status = " + row.record().status() + ", error_code = "
                    + literal(row.record().errorCode()) + ", prev_hash = '" + row.previous() + "', hash = '" + row.hash()
                    + "' WHERE node = '" + NODE + "' AND node_seq = " + row.seq());
        }
        back.add("UPDATE exchange_log_head SET last_hash = '" + original.get(original.size() - 1).hash()
                + "' WHERE node = '" + NODE + "'");
        Database.tamper(back);
    }

    /** Makes {@code n} exchanges through the REST gateway; answers their seqs in this node's chain. */
    private static List<Long> exchanges(int n) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> answer = send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/mau/" + i, GatewayIT.ME));
            assertEquals(200, answer.statusCode(), answer.body());
            String id = answer.headers().firstValue("X-Road-Id").orElseThrow();
            seqs.add(Database.queryLong(Database.NAME, "SELECT node_seq FROM exchange_log WHERE node = '" + NODE
                    + "' AND xroad_id = '" + id + "'"));
        }
        return seqs;
    }

    /** This node's proof once its checkpoint has reached {@code seq} (written every second in the tests). */
    private static JsonNode awaitCheckpoint(long seq) throws InterruptedException {
        JsonNode proof = null;
        for (int i = 0; i < 50; i++) {
            proof = proofOf(verify());
            if (proof.get("lastCheckpointSeq").asLong() >= seq) {
                return proof;
            }
            Thread.sleep(200);
        }
        return proof;
    }

    private static JsonNode proofOf(JsonNode verification) {
        for (JsonNode proof : verification.get("proved")) {
            if (NODE.equals(proof.get("node").asText())) {
                return proof;
            }
        }
        throw new AssertionError("no proof for " + NODE + ": " + verification);
    }

    private static boolean has(JsonNode verification, long seq, String kind) {
        for (JsonNode f : verification.get("findings")) {
            if (NODE.equals(f.get("node").asText()) && f.get("seq").asLong() == seq && kind.equals(f.get("kind").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode verify() {
        return json(expect(200, send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify"))));
    }

    private static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
