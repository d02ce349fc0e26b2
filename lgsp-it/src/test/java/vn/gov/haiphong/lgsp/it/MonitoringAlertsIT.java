package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's own alerts — the nightly chain verification finding an edited record, the exchange-log writer
 * failing — fire once and resolve when the cause is gone; the circuit gauge is the breaker's exact state; the status
 * board lists the connected systems and the open incidents, each caller its part.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringAlertsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theChainVerificationJobFindsAnEditedRecordAndACleanRunResolvesItsAlert() throws Exception {
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/chuoi", GatewayIT.ME)
                .POST(BodyPublishers.ofString("{\"chuoi\":1}"))));
        Map<String, Object> record = Database.row("SELECT node, node_seq, status FROM exchange_log"
                + " ORDER BY received_at DESC LIMIT 1");
        String where = " WHERE node = '" + record.get("node") + "' AND node_seq = " + record.get("node_seq");
        Database.tamper(List.of("UPDATE exchange_log SET status = 299" + where));
        try {
            runChainVerification();
            JsonNode alert = await("the CHAIN_BROKEN alert", () -> open("CHAIN_BROKEN", "exchange-log"), 90);
            assertEquals("CRITICAL", alert.get("severity").asText());
            JsonNode wall = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/status"))));
            assertTrue(wall.get("platformAlerts").toString().contains("CHAIN_BROKEN"), wall.get("platformAlerts").toString());
            assertEquals(0, json(Http.expect(200, send(Http.as(Tokens.ADMIN_A, "/admin/v1/status"))))
                    .get("platformAlerts").size(), "for oversight only");
            assertTrue(alert.get("detail").asText().contains(record.get("node") + "#" + record.get("node_seq") + " EDITED"),
                    alert.toString());
        } finally {
            Database.tamper(List.of("UPDATE exchange_log SET status = " + record.get("status") + where));
        }
        runChainVerification();
        await("the CHAIN_BROKEN alert resolved", () -> open("CHAIN_BROKEN", "exchange-log") == null ? Boolean.TRUE : null, 90);
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE rule = 'CHAIN_BROKEN'"));
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM monitor_job WHERE name = 'chain-verification'"
                + " AND interval_seconds = 86400"));
    }

    @Test
    void aFailingExchangeLogWriterRaisesOneAlertForItsNodeThatResolvesWhenItWritesAgain() throws Exception {
        Database.execute("REVOKE INSERT ON exchange_log FROM " + Database.APP);
        JsonNode alert;
        try {
            for (int i = 0; i < 3; i++) { // refused: the log cannot record them (fail closed)
                assertTrue(send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/ghi", GatewayIT.ME)
                        .POST(BodyPublishers.ofString("{}"))).statusCode() >= 500);
            }
            alert = await("the LOG_WRITER alert", () -> openRule("LOG_WRITER"), 60);
            assertEquals("CRITICAL", alert.get("severity").asText());
            assertTrue(alert.get("detail").asText().contains("a batch failed"), alert.toString());
        } finally {
            Database.execute("GRANT INSERT ON exchange_log TO " + Database.APP);
        }
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/ghi", GatewayIT.ME)
                .POST(BodyPublishers.ofString("{}"))));
        String node = alert.get("subject").asText();
        // Clear for lgsp.monitoring.alert.log-clear-seconds (60) before it resolves; one alert throughout.
        await("the LOG_WRITER alert resolved", () -> openRule("LOG_WRITER") == null ? Boolean.TRUE : null, 150);
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE rule = 'LOG_WRITER'"
                + " AND subject = '" + node + "'"));
    }

    @Test
    void theCircuitGaugeIsTheBreakersStateAndTheBoardShowsSystemsAndIncidentsToEachCallerItsPart() throws Exception {
        GatewayIT.registerEchoLike("mach-ngat", "http://127.0.0.1:1/dong", 1000, false, "{\"failures\":2,\"openSeconds\":600}");
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/dong", GatewayIT.ME)
                .POST(BodyPublishers.ofString("{}"))));
        for (int i = 0; i < 2; i++) {
            assertTrue(send(GatewayIT.call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/mach-ngat/x", GatewayIT.ME))
                    .statusCode() >= 500);
        }
        String service = "service=\"VN/GOV/H24.06/dat-dai/mach-ngat\"";
        await("the circuit gauges", () -> metric("lgsp_gateway_circuit_state{", service) != null ? Boolean.TRUE : null, 30);
        assertEquals("1.0", metric("lgsp_gateway_circuit_state{", service), "open");
        assertEquals("1.0", metric("lgsp_gateway_circuit_open{", service));
        assertEquals("0.0", metric("lgsp_gateway_circuit_state{", "service=\"VN/GOV/H24.06/dat-dai/echo\""), "closed");

        JsonNode incident = IncidentIT.open("{\"title\":\"Mất kết nối dịch vụ\",\"noticeVi\":\"Đang khắc phục\","
                + "\"severity\":\"HIGH\",\"category\":\"AVAILABILITY\",\"services\":[\"H24.06/dat-dai/mach-ngat/v1\"]}");
        long id = incident.get("id").asLong();
        JsonNode operator = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/status"))));
        JsonNode datDai = system(operator, "VN/GOV/H24.06/dat-dai");
        assertNotNull(datDai, operator.toString());
        assertTrue(datDai.get("services").asInt() >= 2, datDai.toString());
        assertEquals("CONNECTED", datDai.get("connectionStatus").asText());
        JsonNode his = system(operator, "VN/GOV/H24.10/his");
        assertTrue(his.get("exchanges").asLong() >= 2, "the hospital's calls as a consumer: " + his);
        assertTrue(his.get("failurePercent").asDouble() > 0, his.toString());
        assertTrue(incidentIds(operator).contains(id), operator.get("incidents").toString());

        // The provider's and the consumer's agencies see it and both systems; Sở Tư pháp sees neither system's row
        // nor the incident (it takes no part).
        for (String caller : List.of(Tokens.ADMIN_A, "H24.06/dat-dai", Tokens.SYSTEM)) {
            JsonNode board = json(Http.expect(200, send(Http.as(caller, "/admin/v1/status"))));
            assertNotNull(system(board, "VN/GOV/H24.06/dat-dai"), caller);
            assertTrue(incidentIds(board).contains(id), caller + ": " + board.get("incidents"));
        }
        JsonNode tuPhap = json(Http.expect(200, send(Http.as(Tokens.ADMIN_B, "/admin/v1/status"))));
        assertNull(system(tuPhap, "VN/GOV/H24.10/his"));
        assertNotNull(system(tuPhap, "VN/GOV/H24.03/ho-tich"));
        assertTrue(!incidentIds(tuPhap).contains(id), tuPhap.get("incidents").toString());
        JsonNode datDaiBoard = json(Http.expect(200, send(Http.as("H24.06/dat-dai", "/admin/v1/status"))));
        assertNull(system(datDaiBoard, "VN/GOV/H24.10/his"), "a provider does not see its consumers' rows");
    }

    private static void runChainVerification() {
        Database.execute("UPDATE monitor_job SET due_at = now() WHERE name = 'chain-verification'");
    }

    private static JsonNode system(JsonNode board, String name) {
        for (JsonNode s : board.get("systems")) {
            if (s.get("system").asText().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static List<Long> incidentIds(JsonNode board) {
        List<Long> ids = new ArrayList<>();
        board.get("incidents").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    /** The value of the first series line starting with {@code prefix} and containing {@code label}; null: none. */
    private static String metric(String prefix, String label) {
        return send(Http.request(Http.MANAGEMENT + "/metrics")).body().lines()
                .filter(l -> l.startsWith(prefix) && l.contains(label)).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst().orElse(null);
    }

    private static JsonNode open(String rule, String subject) {
        for (JsonNode a : json(send(Http.as(Tokens.OPERATOR, "/admin/v1/alerts?state=open&size=100"))).get("items")) {
            if (a.get("rule").asText().equals(rule) && a.get("subject").asText().equals(subject)) {
                return a;
            }
        }
        return null;
    }

    private static JsonNode openRule(String rule) {
        for (JsonNode a : json(send(Http.as(Tokens.OPERATOR, "/admin/v1/alerts?state=open&size=100"))).get("items")) {
            if (a.get("rule").asText().equals(rule)) {
                return a;
            }
        }
        return null;
    }

    /** Waits up to {@code seconds} until {@code condition} answers a value (not null, not false). */
    static <T> T await(String what, Supplier<T> condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never came within " + seconds + " s: " + what);
    }
}
