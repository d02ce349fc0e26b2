package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding exchanges in the log ({@code GET /admin/v1/exchanges}): the consumer and the provider each find
 * their exchange, their agencies' admins and the oversight roles too; nobody else does.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theConsumerTheProviderTheirAgenciesAndOversightFindAnExchangeNobodyElseDoes() {
        String id = "search-" + UUID.randomUUID();
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/mau", GatewayIT.ME).header("X-Road-Id", id)
                .POST(BodyPublishers.ofString("{\"tim\":\"kiem\"}"))));

        Map<String, Integer> found = new LinkedHashMap<>();
        for (String caller : new String[] {Tokens.SYSTEM, "H24.06/dat-dai", Tokens.ADMIN_A, Tokens.OPERATOR,
            Tokens.AUTHORITY, Tokens.AUDITOR, "H24.101/mot-cua", "H24.03/ho-tich", Tokens.ADMIN_B}) {
            found.put(caller, json(Http.expect(200, send(Http.as(caller, "/admin/v1/exchanges?xroadId=" + id))))
                    .get("items").size());
        }
        assertEquals(Map.of(Tokens.SYSTEM, 1, "H24.06/dat-dai", 1, Tokens.ADMIN_A, 1, Tokens.OPERATOR, 1,
                Tokens.AUTHORITY, 1, Tokens.AUDITOR, 1, "H24.101/mot-cua", 0, "H24.03/ho-tich", 0, Tokens.ADMIN_B, 0), found);

        JsonNode page = json(send(Http.as("H24.06/dat-dai", "/admin/v1/exchanges?service=VN/GOV/H24.06/dat-dai/echo"
                + "&client=VN/GOV/H24.10/his&status=200&size=5")));
        JsonNode first = page.get("items").get(0);
        assertEquals(id, first.get("exchange").get("xroadId").asText(), page.toString());
        assertEquals("VN/GOV/H24.06/dat-dai/echo", first.get("exchange").get("service").asText());
        assertEquals("/mau", first.get("exchange").get("operation").asText());
        assertEquals("{\"tim\":\"kiem\"}".length(), first.get("exchange").get("requestBytes").asLong());
        assertEquals(64, first.get("exchange").get("requestSha256").asText().length());
        assertEquals(5, page.get("size").asInt());
        // Another window (last year): nothing. A year up to now: found. A window backwards, a bad status, an instant
        // that is none: 400.
        Instant yearAgo = Instant.now().minusSeconds(365L * 86_400);
        assertEquals(0, json(send(Http.as(Tokens.SYSTEM, "/admin/v1/exchanges?xroadId=" + id + "&from=" + yearAgo
                + "&to=" + yearAgo.plusSeconds(86_400)))).get("items").size());
        assertEquals(1, json(Http.expect(200, send(Http.as(Tokens.SYSTEM, "/admin/v1/exchanges?xroadId=" + id + "&from="
                + yearAgo)))).get("items").size());
        for (String bad : new String[] {"from=" + Instant.now().plusSeconds(86_400), "status=ok", "to=yesterday",
            "size=1000"}) {
            AgencyRestIT.assertProblem(send(Http.as(Tokens.SYSTEM, "/admin/v1/exchanges?" + bad)), 400, bad.startsWith("size")
                    ? "validation-failed" : "invalid-parameter");
        }
    }

    @Test
    void aSearchOverMonthsExportsAsStreamedCsvWithOnlyTheCallersExchanges() {
        String id = "csv-" + UUID.randomUUID();
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/xuat", GatewayIT.ME).header("X-Road-Id", id)
                .POST(BodyPublishers.ofString("{\"xuat\":\"=1+1\"}"))));
        String months = "/admin/v1/exchanges?from=" + Instant.now().minusSeconds(200L * 86_400) + "&service="
                + "VN/GOV/H24.06/dat-dai/echo";
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (String caller : new String[] {Tokens.SYSTEM, "H24.06/dat-dai", Tokens.ADMIN_A, Tokens.AUDITOR,
            "H24.03/ho-tich", Tokens.ADMIN_B}) {
            HttpResponse<String> csv = Http.expect(200, send(Http.as(caller, months).setHeader("Accept", "text/csv")));
            assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow()
                    .replace(" ", ""), caller);
            String[] lines = csv.body().split("\r\n");
            assertEquals("\uFEFFnode,seq,received_at,xroad_id,request_id,protocol,client,service,method,operation,user_id,"
                    + "issue,status,error_code,request_bytes,response_bytes,request_sha256,response_sha256,forwarded_at,"
                    + "answered_at", lines[0]);
            found.put(caller, java.util.Arrays.stream(lines).anyMatch(l -> l.contains("\"" + id + "\"")));
            for (int i = 1; i < lines.length; i++) { // only exchanges with one of the caller's systems as a party
                if (caller.equals("H24.03/ho-tich") || caller.equals(Tokens.ADMIN_B)) {
                    assertTrue(lines[i].contains("\"VN/GOV/H24.03/"), caller + ": " + lines[i]);
                }
            }
        }
        assertEquals(Map.of(Tokens.SYSTEM, true, "H24.06/dat-dai", true, Tokens.ADMIN_A, true, Tokens.AUDITOR, true,
                "H24.03/ho-tich", false, Tokens.ADMIN_B, false), found);
        // The record's line, as the JSON search has it.
        JsonNode record = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges?xroadId=" + id))).get("items").get(0);
        String line = java.util.Arrays.stream(send(Http.as(Tokens.AUDITOR, months + "&xroadId=" + id)
                .setHeader("Accept", "text/csv")).body().split("\r\n")).skip(1).findFirst().orElseThrow();
        assertEquals("\"" + record.get("node").asText() + "\",\"" + record.get("seq").asLong() + "\",\""
                + record.get("exchange").get("receivedAt").asText() + "\",\"" + id + "\"", String.join(",",
                java.util.Arrays.asList(line.split(",")).subList(0, 4)));
        assertTrue(line.contains(",\"200\","), line);
        // JSON stays the answer when JSON is asked for or accepted first.
        assertEquals(1, json(Http.expect(200, send(Http.as(Tokens.AUDITOR, months + "&xroadId=" + id)
                .setHeader("Accept", "application/json, text/csv")))).get("items").size());
    }

    @Test
    void aServiceThatKeepsBodiesHasThemInItsRecordsForOversightOnly() throws Exception {
        GatewayIT.registerEchoLike("luu-noi-dung", Http.BASE + "/demo-provider/test/echo", 5000, true);
        byte[] sent = "{\"hoTen\":\"Nguyễn Văn An\",\"soDinhDanh\":\"031080000123\"}".getBytes(StandardCharsets.UTF_8);
        JsonNode kept = exchange("/r1/VN/GOV/H24.06/dat-dai/luu-noi-dung/ho-so", sent);
        HttpResponse<byte[]> request = body(Tokens.AUDITOR, kept, "request-body");
        assertEquals(200, request.statusCode());
        assertArrayEquals(sent, request.body());
        assertEquals("true", request.headers().firstValue("X-Body-Complete").orElseThrow());
        assertEquals(kept.get("exchange").get("requestSha256").asText(), GatewayIT.sha256(request.body()));
        HttpResponse<byte[]> response = body(Tokens.OPERATOR, kept, "response-body");
        assertEquals(200, response.statusCode());
        assertEquals(kept.get("exchange").get("responseBytes").asLong(), response.body().length);
        assertEquals(kept.get("exchange").get("responseSha256").asText(), GatewayIT.sha256(response.body()));
        // Personal data: not for the parties (they have their own copies) nor their agencies; each read is audited.
        for (String caller : new String[] {Tokens.SYSTEM, "H24.06/dat-dai", Tokens.ADMIN_A}) {
            assertEquals(403, body(caller, kept, "request-body").statusCode(), caller);
        }
        String key = kept.get("node").asText() + "/" + kept.get("seq").asLong() + "/request";
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM admin_audit WHERE entity_type ="
                + " 'exchange_body' AND entity_key = '" + key + "' AND action = 'READ'"));

        // Longer than lgsp.exchange-log.max-body-bytes (1 MiB): its first MiB, marked incomplete.
        byte[] large = new byte[1_300_000];
        new java.util.Random(11).nextBytes(large);
        JsonNode cut = exchange("/r1/VN/GOV/H24.06/dat-dai/luu-noi-dung/ho-so", large);
        HttpResponse<byte[]> first = body(Tokens.AUDITOR, cut, "request-body");
        assertArrayEquals(java.util.Arrays.copyOf(large, 1_048_576), first.body());
        assertEquals("false", first.headers().firstValue("X-Body-Complete").orElseThrow());
        assertEquals("1300000", first.headers().firstValue("X-Body-Bytes").orElseThrow());

        // A service that does not keep bodies (the demo echo): none kept.
        JsonNode none = exchange(GatewayIT.ECHO + "/mau", sent);
        assertEquals(404, body(Tokens.AUDITOR, none, "request-body").statusCode());
        assertEquals(0L, Database.queryLong(Database.NAME, "SELECT count(*) FROM exchange_log WHERE xroad_id = '"
                + none.get("exchange").get("xroadId").asText() + "' AND (request_body IS NOT NULL OR response_body IS NOT NULL)"));
    }

    /** Calls the path as the hospital system with {@code body}; answers its record as found in the log. */
    static JsonNode exchange(String path, byte[] body) {
        String id = "body-" + UUID.randomUUID();
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, path, GatewayIT.ME).header("X-Road-Id", id)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(body))));
        return json(send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges?xroadId=" + id))).get("items").get(0);
    }

    static HttpResponse<byte[]> body(String caller, JsonNode record, String side) {
        return Http.bytes(Http.as(caller, "/admin/v1/exchanges/" + record.get("node").asText() + "/"
                + record.get("seq").asLong() + "/" + side).setHeader("Accept", "application/octet-stream"));
    }
}
