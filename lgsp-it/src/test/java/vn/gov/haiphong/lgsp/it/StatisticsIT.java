package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statistics ({@code GET /admin/v1/statistics}) over a known set of exchanges through the real gateway equal the
 * figures computed by hand from what was sent and from the exchange log itself; each caller sees only its part;
 * bad questions are 400s that say what is allowed.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void figuresOfAKnownSetEqualTheHandComputedOnesAndEachCallerSeesItsPart() throws Exception {
        String code = "thong-ke-" + UUID.randomUUID().toString().substring(0, 8);
        String service = "VN/GOV/H24.06/dat-dai/" + code;
        GatewayIT.registerEchoLike(code, Http.BASE + "/demo-provider/test/echo", 5000);
        long sentBytes = 0;
        for (int i = 0; i < 6; i++) { // allowed: the hospital holds a right
            byte[] body = ("{\"lan\":" + i + ",\"dem\":\"" + "x".repeat(i * 10) + "\"}").getBytes(StandardCharsets.UTF_8);
            sentBytes += body.length;
            Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, "/r1/" + service + "/mau", GatewayIT.ME)
                    .header("Content-Type", "application/json").POST(BodyPublishers.ofByteArray(body))));
        }
        for (int i = 0; i < 3; i++) { // refused: the one-stop shop holds no right
            assertEquals(403, send(GatewayIT.call("H24.101/mot-cua", "/r1/" + service + "/mau", "VN/GOV/H24.101/mot-cua")
                    .GET()).statusCode());
        }
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        Instant to = Instant.now().plus(1, ChronoUnit.HOURS);
        String question = "/admin/v1/statistics?bucket=hour&from=" + from + "&to=" + to + "&service=" + service;

        JsonNode all = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, question))));
        JsonNode total = all.get("total");
        assertEquals(9, total.get("exchanges").asLong(), all.toString());
        assertEquals(3, total.get("failures").asLong());
        assertEquals(sentBytes, total.get("requestBytes").asLong());
        // The same figures read from the exchange log itself (the test may scan it; the platform never does).
        Map<String, Object> log = Database.row("SELECT count(*) AS n, count(error_code) AS f, sum(request_bytes) AS rq,"
                + " sum(response_bytes) AS rs FROM exchange_log WHERE service = '" + service + "'");
        assertEquals(((Number) log.get("n")).longValue(), total.get("exchanges").asLong());
        assertEquals(((Number) log.get("rs")).longValue(), total.get("responseBytes").asLong());
        assertEquals(errorsInLog(service), errors(total));
        assertEquals(1, errors(total).size());
        // Percentiles from the merged sketches: within 1 % of the exact nearest-rank figures of the log.
        List<Double> latencies = latenciesInLog(service);
        assertNear(exact(latencies, 50), total.get("latencyMs").get("p50").asDouble());
        assertNear(exact(latencies, 99), total.get("latencyMs").get("p99").asDouble());
        assertTrue(total.get("providerLatencyMs").get("p50").asDouble() > 0);
        // Per bucket: the figures of the buckets add up to the total.
        long perBucket = 0;
        for (JsonNode bucket : all.get("buckets")) {
            perBucket += bucket.get("exchanges").asLong();
        }
        assertEquals(9, perBucket);
        // Day and month buckets answer the same totals (months are summed from days in Asia/Ho_Chi_Minh).
        for (String size : new String[] {"minute", "day", "month"}) {
            Instant start = size.equals("minute") ? Instant.now().minus(2, ChronoUnit.HOURS) : from.minus(40, ChronoUnit.DAYS);
            JsonNode other = json(Http.expect(200, send(Http.as(Tokens.AUDITOR, "/admin/v1/statistics?bucket=" + size
                    + "&from=" + start + "&to=" + to + "&service=" + service))));
            assertEquals(9, other.get("total").get("exchanges").asLong(), size + ": " + other);
        }

        // Scoping: each caller sees the exchanges its agency or system took part in.
        Map<String, Long> seen = new LinkedHashMap<>();
        for (String caller : new String[] {Tokens.AUTHORITY, Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.SYSTEM,
            "H24.101/mot-cua", "H24.06/dat-dai", "H24.03/ho-tich"}) {
            seen.put(caller, json(Http.expect(200, send(Http.as(caller, question)))).get("total").get("exchanges").asLong());
        }
        assertEquals(Map.of(Tokens.AUTHORITY, 9L, Tokens.ADMIN_A, 6L, Tokens.ADMIN_B, 0L, Tokens.SYSTEM, 6L,
                "H24.101/mot-cua", 3L, "H24.06/dat-dai", 9L, "H24.03/ho-tich", 0L), seen);
        assertEquals(6, json(send(Http.as(Tokens.OPERATOR, question + "&consumer=VN/GOV/H24.10/his&consumerAgency=H24.10")))
                .get("total").get("exchanges").asLong());
        assertEquals(3, json(send(Http.as(Tokens.OPERATOR, question + "&consumerAgency=H24.101&providerAgency=H24.06")))
                .get("total").get("exchanges").asLong());
    }

    @Test
    void badQuestionsAreRefusedNamingWhatIsAllowed() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("servce=VN/GOV/H24.06/dat-dai/echo", "servce");
        refused.put("service=VN/GOV/H24.06/dat-dai/khong-co", "service");
        refused.put("service=VN/GOV/H24.06/dat-dai/echo/v1", "service");
        refused.put("consumer=VN/GOV/H24.10/khong-co", "consumer");
        refused.put("providerAgency=H99", "providerAgency");
        refused.put("bucket=week", "bucket");
        Instant longAgo = Instant.now().minus(60, ChronoUnit.DAYS);
        refused.put("bucket=minute&from=" + longAgo + "&to=" + longAgo.plusSeconds(3600), "from");
        refused.put("bucket=minute&from=" + Instant.now().minus(3, ChronoUnit.DAYS), "bucket");
        refused.put("from=" + Instant.now().plusSeconds(7200), "from");
        refused.put("to=tomorrow", "to");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            JsonNode problem = AgencyRestIT.assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/statistics?"
                    + bad.getKey()).header("Accept-Language", "en")), 400, "invalid-parameter");
            assertTrue(problem.get("detail").asText().contains("\"" + bad.getValue() + "\""), bad + ": " + problem);
        }
        JsonNode unknown = json(send(Http.as(Tokens.OPERATOR, "/admin/v1/statistics?servce=x")));
        assertTrue(unknown.get("detail").asText().contains("from, to, bucket, service, consumer, providerAgency, consumerAgency"),
                unknown.toString());
    }

    private static Map<String, Long> errors(JsonNode figures) {
        Map<String, Long> errors = new TreeMap<>();
        figures.get("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asLong()));
        return errors;
    }

    private static Map<String, Long> errorsInLog(String service) throws Exception {
        Map<String, Long> errors = new TreeMap<>();
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT error_code, count(*) FROM exchange_log WHERE service = '" + service + "' AND error_code IS NOT NULL"
                        + " GROUP BY error_code")) {
            while (rs.next()) {
                errors.put(rs.getString(1), rs.getLong(2));
            }
        }
        return errors;
    }

    private static List<Double> latenciesInLog(String service) throws Exception {
        List<Double> latencies = new ArrayList<>();
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT extract(epoch FROM answered_at - received_at) * 1000 FROM exchange_log WHERE service = '"
                        + service + "'")) {
            while (rs.next()) {
                latencies.add(rs.getDouble(1));
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    /** The nearest-rank percentile. */
    private static double exact(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void assertNear(double expected, double actual) {
        assertTrue(Math.abs(expected - actual) <= expected * 0.01 + 0.01, "expected ≈" + expected + ", got " + actual);
    }
}
