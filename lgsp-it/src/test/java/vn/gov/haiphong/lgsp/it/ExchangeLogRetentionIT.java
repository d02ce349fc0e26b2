package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exchange log's retention on the real schema: the IT server keeps 60 months
 * ({@code lgsp.exchange-log.retention-months} in arquillian.xml). Old monthly partitions with records are
 * made the way {@code lgsp_exchange_log_partition} makes them; only those past the retention go.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeLogRetentionIT {

    private static final String OLD = "exchange_log_2019_01";
    private static final String RECENT = "exchange_log_2024_01";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void removeWhatWasMade() {
        Database.execute("DROP TABLE IF EXISTS " + OLD + ", " + RECENT);
    }

    @Test
    void monthsPastTheRetentionAreDroppedAuditedAndTheChainStillVerifies() {
        for (String month : List.of("2019-01-15", "2024-01-15")) {
            Database.execute("SELECT lgsp_exchange_log_partition('" + month + "')");
            Database.execute("INSERT INTO exchange_log (received_at, node, node_seq, xroad_id, request_id, protocol,"
                    + " status, request_bytes, response_bytes, answered_at, prev_hash, hash) VALUES ('" + month
                    + "T08:00:00+07', 'retention-it-" + month + "', 1, 'x', 'r', 'REST', 200, 0, 0, '" + month
                    + "T08:00:01+07', repeat('0', 64), repeat('1', 64))");
        }
        assertEquals(2, partitionsNamed(OLD, RECENT));

        // nobody but the operator
        for (String other : List.of(Tokens.AUTHORITY, Tokens.AUDITOR, Tokens.ADMIN_A, Tokens.SYSTEM)) {
            expect(403, post(other, "/admin/v1/exchanges/retention", ""));
        }
        assertEquals(2, partitionsNamed(OLD, RECENT), "a refused call dropped nothing");

        JsonNode outcome = json(expect(200, post(Tokens.OPERATOR, "/admin/v1/exchanges/retention", "")));
        assertEquals(60, outcome.get("retentionMonths").asInt());
        assertEquals(List.of(OLD), texts(outcome.get("dropped")));
        List<String> kept = texts(outcome.get("kept"));
        assertTrue(kept.contains(RECENT) && kept.contains("exchange_log_default"), kept.toString());
        assertEquals(1, partitionsNamed(OLD, RECENT));
        assertEquals(0, Database.queryLong(Database.NAME, "SELECT count(*) FROM pg_class WHERE relname = '" + OLD + "'"));
        assertEquals(1, Database.queryLong(Database.NAME, "SELECT count(*) FROM " + RECENT));
        assertEquals(1, Database.queryLong(Database.NAME, "SELECT count(*) FROM admin_audit WHERE action = 'DROP'"
                + " AND entity_type = 'exchange_log_partition' AND entity_key = '" + OLD + "'"));

        // applied again: nothing more to drop
        JsonNode again = json(expect(200, post(Tokens.OPERATOR, "/admin/v1/exchanges/retention", "")));
        assertTrue(again.get("dropped").isEmpty());
        // the live chain is untouched: this month's records still verify (the made-up record of 2024 has no keyed hash)
        JsonNode verified = json(expect(200, send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify?from="
                + YearMonth.now(ZoneOffset.UTC).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()))));
        assertFalse(verified.get("findings").toString().contains("retention-it"), verified.toString());
        assertTrue(verified.get("intact").asBoolean(), verified.toString());
    }

    private static long partitionsNamed(String... names) {
        return Database.queryLong(Database.NAME, "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE c.relname IN ('" + String.join("','", names) + "')");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
