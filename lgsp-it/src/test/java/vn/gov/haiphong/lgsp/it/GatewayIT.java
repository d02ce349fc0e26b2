package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST gateway end to end: a real system token, the X-Road headers, the demo provider behind it
 * (deployed beside the EAR), every refusal with its X-Road error — and the provider never called when
 * the gateway refuses — and an exchange record for every answered exchange, tamper-evident.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayIT {

    static final String ME = "VN/GOV/H24.10/his";
    static final String PARCELS = "/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat";
    static final String ECHO = "/r1/VN/GOV/H24.06/dat-dai/echo";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static HttpRequest.Builder call(String caller, String path, String client) {
        HttpRequest.Builder request = Http.as(caller, path);
        return client == null ? request : request.header("X-Road-Client", client);
    }

    static long providerCalls() {
        return Long.parseLong(send(Http.request("/demo-provider/test/calls")).body());
    }

    /** HTTP Basic is for legacy SOAP systems only: the REST gateway names that, instead of calling it a bad token. */
    @Test
    void basicCredentialsOnTheRestGatewayAreNamedSoapOnly() {
        String basic = Base64.getEncoder().encodeToString("H24.10/his:demo-secret-his".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = send(Http.request(ECHO + "/basic").header("Authorization", "Basic " + basic)
                .header("X-Road-Client", ME));
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("basic-on-soap-only", json(refused).get("code").asText());
        assertEquals("Server.ClientProxy.AuthenticationFailed", refused.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    }

    @Test
    void aSystemReachesTheProviderWithTheXRoadHeadersAndTheExchangeIsLogged() throws Exception {
        String id = "test-" + UUID.randomUUID();
        HttpResponse<String> answer = send(call(Tokens.SYSTEM, PARCELS + "/thua-dat/12/345?maXa=11311", ME)
                .header("X-Road-Id", id).header("X-Road-UserId", "VN-CCCD-031080000123").header("X-Road-Issue", "HS-2026-7"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Nguyễn Văn An", json(answer).get("chuSuDung").asText());
        assertEquals(ME, answer.headers().firstValue("X-Road-Client").orElseThrow());
        assertEquals("VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat", answer.headers().firstValue("X-Road-Service").orElseThrow());
        assertEquals(id, answer.headers().firstValue("X-Road-Id").orElseThrow());
        assertFalse(answer.headers().firstValue("X-Road-Request-Id").orElseThrow().isBlank());
        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(new byte[0])),
                answer.headers().firstValue("X-Road-Request-Hash").orElseThrow());

        Map<String, Object> row = Database.row("SELECT status, client, service, method, operation, user_id, issue,"
                + " response_sha256, error_code FROM exchange_log WHERE xroad_id = '" + id + "'");
        assertEquals(200, row.get("status"));
        assertEquals(ME, row.get("client"));
        assertEquals("VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat", row.get("service"));
        assertEquals("/thua-dat/12/345", row.get("operation"));
        assertEquals("VN-CCCD-031080000123", row.get("user_id"));
        assertEquals("HS-2026-7", row.get("issue"));
        assertEquals(sha256(answer.body().getBytes(StandardCharsets.UTF_8)), row.get("response_sha256"));
        assertEquals(null, row.get("error_code"));
    }

    @Test
    void bodyQueryAndHeadersReachTheProviderButCredentialsDoNot() throws Exception {
        byte[] body = "{\"mau\":\"Hải Phòng\"}".repeat(60).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(call(Tokens.SYSTEM, ECHO + "/mau?loai=a%20b&x=1", ME)
                .header("Content-Type", "application/json; charset=utf-8").header("X-Custom", "giu nguyen")
                .POST(BodyPublishers.ofByteArray(body)));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode seen = json(answer);
        assertEquals("POST", seen.get("method").asText());
        assertEquals("/demo-provider/test/echo/mau", seen.get("path").asText());
        assertEquals("loai=a%20b&x=1", seen.get("query").asText());
        assertEquals(body.length, seen.get("bodyBytes").asLong());
        assertEquals(sha256(body), seen.get("bodySha256").asText());
        JsonNode headers = seen.get("headers");
        assertFalse(headers.has("authorization"), "the caller's token stays at the gateway");
        assertEquals(ME, headers.get("x-road-client").asText());
        assertEquals("giu nguyen", headers.get("x-custom").asText());
        assertTrue(headers.has("x-road-id"));
        assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(body)),
                answer.headers().firstValue("X-Road-Request-Hash").orElseThrow());
        assertEquals("demo", answer.headers().firstValue("X-Provider").orElseThrow(), "provider headers relayed");
        assertTrue(answer.headers().firstValue("Connection").map(v -> !v.equals("keep-alive")).orElse(true));

        // The provider's own errors are relayed as the provider's: its status and body, no X-Road-Error.
        for (int status : new int[] {418, 500}) {
            HttpResponse<String> providers = send(call(Tokens.SYSTEM, ECHO + "/mau/1?status=" + status, ME));
            assertEquals(status, providers.statusCode(), providers.body());
            assertTrue(providers.headers().firstValue("X-Road-Error").isEmpty());
            assertEquals("GET", json(providers).get("method").asText());
        }

        // A large answer is streamed (the record is written before its end is released).
        HttpResponse<byte[]> big = Http.bytes(call(Tokens.SYSTEM, ECHO + "/mau/1?bytes=3000000", ME)
                .setHeader("Accept", "*/*"));
        assertEquals(200, big.statusCode());
        assertEquals(3_000_000, big.body().length);
        String xroadId = big.headers().firstValue("X-Road-Id").orElseThrow();
        assertEquals(3_000_000L, Database.queryLong(Database.NAME,
                "SELECT response_bytes FROM exchange_log WHERE xroad_id = '" + xroadId + "'"));
    }

    @Test
    void everyRefusalHasItsXRoadErrorAndTheProviderIsNeverCalled() throws Exception {
        long before = providerCalls();
        Map<String, HttpRequest.Builder> refused = new java.util.LinkedHashMap<>();
        refused.put("400 invalid-request Server.ClientProxy.InvalidRequest", call(Tokens.SYSTEM, ECHO + "/mau/1", null));
        refused.put("403 client-mismatch Server.ClientProxy.InvalidClient",
                call(Tokens.SYSTEM, ECHO + "/mau/1", "VN/GOV/H24.03/ho-tich"));
        refused.put("403 client-mismatch Server.ClientProxy.InvalidClient ", call(Tokens.SYSTEM, ECHO + "/mau/1", "ABC"));
        refused.put("404 service-not-found Server.ServerProxy.UnknownService",
                call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/khong-co/x", ME));
        refused.put("404 service-not-found Server.ServerProxy.UnknownService ",
                call(Tokens.SYSTEM, "/r1/EE/GOV/H24.06/dat-dai/echo/x", ME));
        // Sở Tư pháp's system may call GET /mau/{ma} of the echo service, not POST /mau.
        refused.put("403 no-access-right Server.ServerProxy.AccessDenied", call("H24.03/ho-tich", ECHO + "/mau",
                "VN/GOV/H24.03/ho-tich").POST(BodyPublishers.ofString("{}")));
        refused.put("413 payload-too-large Server.ClientProxy.InvalidRequest", call(Tokens.SYSTEM, ECHO + "/mau", ME)
                .POST(BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpRequest.Builder> attempt : refused.entrySet()) {
            String[] expected = attempt.getKey().strip().split(" ");
            HttpResponse<String> answer = send(attempt.getValue());
            String error = answer.headers().firstValue("X-Road-Error").orElse("");
            if (answer.statusCode() != Integer.parseInt(expected[0]) || !answer.body().contains("\"" + expected[1] + "\"")
                    || !error.equals(expected[2])) {
                wrong.add(attempt.getKey() + " → " + answer.statusCode() + " " + error + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);
        // An officer is not a system; CR/LF or control characters in a header never get through.
        AgencyRestIT.assertProblem(send(call(Tokens.OPERATOR, ECHO + "/mau/1", ME)), 403, "access-denied");
        String raw = rawGet(ECHO + "/mau/1", "X-Road-Client: " + ME + "\r\nX-Road-UserId: a\u0001b\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        for (String dots : List.of("/mau/%2e%2e/x", "/mau/%2E%2e/%2e%2e/test/calls", "/mau/..%2f..%2fx")) {
            assertEquals(400, send(call(Tokens.SYSTEM, ECHO + dots, ME)).statusCode(), dots);
        }
        assertEquals(before, providerCalls(), "the provider was never called");
        // CR LF inside a header value can only be sent as an obsolete line fold: refused, or at most joined
        // into one value (RFC 9112 §5.2) — never a new header at the provider.
        String folded = rawGet(ECHO + "/mau/1", "X-Road-Client: " + ME + "\r\nX-Road-UserId: a\r\n Injected: b\r\n");
        assertTrue(folded.startsWith("HTTP/1.1 400") || !folded.toLowerCase().contains("\"injected\""), folded);

        // Sở Tư pháp's system may GET /mau/{ma}: the endpoint-level right works through the gateway.
        expect(200, send(call("H24.03/ho-tich", ECHO + "/mau/7", "VN/GOV/H24.03/ho-tich")));
    }

    @Test
    void disabledSlowAndDeadProvidersAnswerWithTheirXRoadErrors() {
        String base = Http.BASE + "/demo-provider/test/echo";
        registerEchoLike("cham", base, 500);
        registerEchoLike("chet", "http://127.0.0.1:9/khong-co", 1000);
        registerEchoLike("tam-ngung", base, 5000);
        expect(200, post(Tokens.OPERATOR, "/admin/v1/services/H24.06/dat-dai/tam-ngung/v1/disable",
                "{\"noticeVi\":\"Bảo trì cơ sở dữ liệu\",\"noticeEn\":\"Database maintenance\"}"));

        HttpResponse<String> slow = send(call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/cham/x?delayMs=3000", ME));
        assertEquals(504, slow.statusCode(), slow.body());
        assertEquals("Server.ServerProxy.ServiceTimeout", slow.headers().firstValue("X-Road-Error").orElseThrow());
        // the status line came in time, then the answer stalled past the timeout: a timeout too, not a hang
        HttpResponse<String> stalled = send(call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/cham/x?bytes=100000&stallMs=3000", ME));
        assertEquals(504, stalled.statusCode(), stalled.body());
        assertEquals("Server.ServerProxy.ServiceTimeout", stalled.headers().firstValue("X-Road-Error").orElseThrow());
        HttpResponse<String> disabled = send(call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/tam-ngung/x", ME)
                .header("Accept-Language", "en"));
        assertEquals(503, disabled.statusCode(), disabled.body());
        assertEquals("Server.ServerProxy.ServiceDisabled", disabled.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(json(disabled).get("detail").asText().contains("Database maintenance"), disabled.body());

        List<String> dead = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> answer = send(call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/chet/x", ME));
            dead.add(answer.statusCode() + " " + answer.headers().firstValue("X-Road-Error").orElse(""));
        }
        assertEquals("502 Server.ServerProxy.ServiceFailed", dead.get(0));
        assertEquals("503 Server.ServerProxy.ServiceUnavailable", dead.get(6), "the circuit opened: " + dead);
    }

    @Test
    void aServicesOwnCircuitBreakerOpensAfterItsOwnCountAndRestsForItsOwnTime() throws InterruptedException {
        registerEchoLike("chet-som", "http://127.0.0.1:9/khong-co", 1000, false, "{\"failures\":2,\"openSeconds\":2}");
        String path = "/r1/VN/GOV/H24.06/dat-dai/chet-som/x";
        assertEquals(502, send(call(Tokens.SYSTEM, path, ME)).statusCode());
        assertEquals(502, send(call(Tokens.SYSTEM, path, ME)).statusCode());
        HttpResponse<String> open = send(call(Tokens.SYSTEM, path, ME).header("Accept-Language", "en"));
        assertEquals(503, open.statusCode(), "open after 2 failures, not the platform's 5: " + open.body());
        assertEquals("Server.ServerProxy.ServiceUnavailable", open.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(json(open).get("detail").asText().contains("for 2 s"), open.body());
        long retryAfter = Long.parseLong(open.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After: what is left of the circuit's rest: " + retryAfter);
        Thread.sleep(2_200);
        // rested: one call goes to the provider again (and fails: open again)
        assertEquals(502, send(call(Tokens.SYSTEM, path, ME)).statusCode());
        assertEquals(503, send(call(Tokens.SYSTEM, path, ME)).statusCode());
        JsonNode view = json(expect(200, send(Http.as(Tokens.OPERATOR, "/api/v1/services/H24.06/dat-dai/chet-som/v1"))));
        assertEquals(2, view.get("circuit").get("failures").asInt(), view.toString());
        assertEquals(2, view.get("circuit").get("openSeconds").asInt(), view.toString());
    }

    @Test
    void maintenanceWindowsAndSuspensionsRefuseCallsUntilLifted() {
        registerEchoLike("bao-tri", Http.BASE + "/demo-provider/test/echo", 5000);
        String admin = "/admin/v1/services/H24.06/dat-dai/bao-tri/v1";
        String path = "/r1/VN/GOV/H24.06/dat-dai/bao-tri/x";
        java.time.Instant now = java.time.Instant.now();
        JsonNode planned = json(expect(200, post(Tokens.OPERATOR, admin + "/maintenance-windows", "{\"startsAt\":\""
                + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plusSeconds(3600)
                + "\",\"noticeVi\":\"Nâng cấp máy chủ\",\"noticeEn\":\"Server upgrade\",\"emergency\":true,"
                + "\"emergencyReason\":\"Vá lỗ hổng bảo mật khẩn cấp\"}")));
        long window = planned.get("maintenance").get(0).get("id").asLong();
        assertEquals("Nâng cấp máy chủ", json(Http.get("/api/v1/services/H24.06/dat-dai/bao-tri/v1/availability"))
                .get("maintenance").get(0).get("noticeVi").asText(), "consumers see the planned windows");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, admin + "/maintenance-windows", "{}"), 403, "access-denied");
        HttpResponse<String> underMaintenance = send(call(Tokens.SYSTEM, path, ME).header("Accept-Language", "en"));
        assertRefused(underMaintenance, 503, "Server.ServerProxy.ServiceUnderMaintenance", "Server upgrade");
        long retryAfter = Long.parseLong(underMaintenance.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3500 && retryAfter <= 3601, "Retry-After: the window's end, not a guess: " + retryAfter);
        expect(200, send(Http.as(Tokens.OPERATOR, admin + "/maintenance-windows/" + window).DELETE()));
        expect(200, send(call(Tokens.SYSTEM, path, ME)));

        expect(200, post(Tokens.OPERATOR, admin + "/suspend", "{\"reason\":\"Sự cố an toàn thông tin\"}"));
        try {
            assertRefused(send(call(Tokens.SYSTEM, path, ME)), 503, "Server.ServerProxy.ServiceSuspended",
                    "Sự cố an toàn thông tin");
        } finally {
            expect(200, post(Tokens.OPERATOR, admin + "/resume", ""));
        }
        expect(200, send(call(Tokens.SYSTEM, path, ME)));

        expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.10/his/suspend", "{\"reason\":\"Gửi yêu cầu bất thường\"}"));
        try {
            assertRefused(send(call(Tokens.SYSTEM, path, ME)), 403, "Server.ClientProxy.ClientSuspended",
                    "Gửi yêu cầu bất thường");
        } finally {
            expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.10/his/resume", ""));
        }
        expect(200, send(call(Tokens.SYSTEM, path, ME)));
    }

    /**
     * Isolation works both ways (Quy chế Đ.10.4, Đ.12.5): a provider system that is suspended, or whose connection is
     * cancelled, is not called — REST and SOAP are refused with the provider's own X-Road code, and logged.
     */
    @Test
    void aSuspendedOrDisconnectedProviderIsNeverCalled() {
        long before = providerCalls();
        String refusals = "SELECT count(*) FROM exchange_log WHERE error_code IN"
                + " ('Server.ServerProxy.ProviderSuspended', 'Server.ServerProxy.ProviderNotConnected')";
        long refusedBefore = Database.queryLong(Database.NAME, refusals);
        String soap = SoapGatewayIT.envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich",
                "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>1</ht:soDinhDanh>"
                        + "</ht:traCuuKhaiSinh>");
        expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.06/dat-dai/suspend", "{\"reason\":\"Máy chủ bị tấn công\"}"));
        expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.03/ho-tich/suspend", "{\"reason\":\"Máy chủ bị tấn công\"}"));
        try {
            assertRefused(send(call(Tokens.SYSTEM, ECHO + "/mau", ME)), 503, "Server.ServerProxy.ProviderSuspended",
                    "Máy chủ bị tấn công");
            HttpResponse<String> fault = send(SoapGatewayIT.soap("H24.101/mot-cua", soap));
            assertTrue(fault.body().contains("<faultcode>Server.ServerProxy.ProviderSuspended</faultcode>"), fault.body());
        } finally {
            expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.06/dat-dai/resume", ""));
            expect(200, post(Tokens.OPERATOR, "/admin/v1/systems/H24.03/ho-tich/resume", ""));
        }
        // A cancelled connection (set here as the cancel procedure ends it), announced like any change of rights.
        String disconnect = "UPDATE information_system SET connection_status = '%s' WHERE system_code = 'dat-dai'"
                + " AND agency_id = (SELECT id FROM agency WHERE code = 'H24.06'); SELECT pg_notify('lgsp_cache', 'access')";
        Database.execute(String.format(disconnect, "CANCELLED"));
        try {
            assertRefused(send(call(Tokens.SYSTEM, ECHO + "/mau", ME).header("Accept-Language", "en")), 503,
                    "Server.ServerProxy.ProviderNotConnected", "connection was cancelled");
        } finally {
            Database.execute(String.format(disconnect, "CONNECTED"));
        }
        assertEquals(before, providerCalls(), "no isolated provider was called");
        assertEquals(refusedBefore + 3, Database.queryLong(Database.NAME, refusals), "each refusal is in the log");
        expect(200, send(call(Tokens.SYSTEM, ECHO + "/mau", ME)));
    }

    static void assertRefused(HttpResponse<String> answer, int status, String xroadError, String detail) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(xroadError, answer.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(json(answer).get("detail").asText().contains(detail), answer.body());
    }

    @Test
    void everyAnsweredExchangeOfABurstHasItsRecordAndTheChainShowsEditsAndDeletions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            calls.add(pool.submit(() -> send(call(Tokens.SYSTEM, ECHO + "/mau/" + n, ME))));
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> answer = call.get();
            assertEquals(200, answer.statusCode(), answer.body());
            ids.add(answer.headers().firstValue("X-Road-Id").orElseThrow());
        }
        pool.shutdown();
        assertEquals(80, Database.queryLong(Database.NAME, "SELECT count(*) FROM exchange_log WHERE xroad_id IN ('"
                + String.join("','", ids) + "')"));

        JsonNode intact = verify();
        assertTrue(intact.get("intact").asBoolean(), intact.toString());
        assertTrue(intact.get("records").asLong() >= 80);

        String victim = ids.get(40);
        Database.tamper(List.of("UPDATE exchange_log SET status = 299 WHERE xroad_id = '" + victim + "'"));
        JsonNode edited = verify();
        assertFalse(edited.get("intact").asBoolean());
        assertEquals("EDITED", edited.get("findings").get(0).get("kind").asText(), edited.toString());
        Database.tamper(List.of("UPDATE exchange_log SET status = 200 WHERE xroad_id = '" + victim + "'"));
        assertTrue(verify().get("intact").asBoolean(), "the original values hash right again");

        Database.execute("CREATE TABLE it_saved AS SELECT * FROM exchange_log WHERE xroad_id = '" + victim + "'");
        Database.tamper(List.of("DELETE FROM exchange_log WHERE xroad_id = '" + victim + "'"));
        JsonNode deleted = verify();
        assertFalse(deleted.get("intact").asBoolean());
        assertEquals("MISSING", deleted.get("findings").get(0).get("kind").asText(), deleted.toString());
        Database.execute("INSERT INTO exchange_log SELECT * FROM it_saved");
        Database.execute("DROP TABLE it_saved");
        assertTrue(verify().get("intact").asBoolean());
    }

    @Test
    void whenTheDatabaseDiesMidBurstCallsFailClearlyAndNoAnsweredExchangeLacksItsRecord() throws Exception {
        expect(200, send(call(Tokens.SYSTEM, ECHO + "/mau/0", ME)));
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<HttpResponse<String>>>> workers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            workers.add(pool.submit(() -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                while (running.get()) {
                    answers.add(send(call(Tokens.SYSTEM, ECHO + "/mau/1", ME)));
                }
                return answers;
            }));
        }
        Thread.sleep(700);
        Database.admin("ALTER DATABASE " + Database.NAME + " ALLOW_CONNECTIONS false");
        Database.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + Database.NAME + "'");
        Thread.sleep(2500);
        Database.admin("ALTER DATABASE " + Database.NAME + " ALLOW_CONNECTIONS true");
        running.set(false);
        awaitRecovery();
        List<String> answered = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        int failed = 0;
        int logFailed = 0;
        for (Future<List<HttpResponse<String>>> worker : workers) {
            for (HttpResponse<String> answer : worker.get()) {
                if (answer.statusCode() == 200) {
                    answered.add(answer.headers().firstValue("X-Road-Id").orElseThrow());
                } else {
                    failed++;
                    boolean logFailure = answer.body().contains("\"exchange-log-failed\"");
                    logFailed += logFailure ? 1 : 0;
                    boolean clear = answer.statusCode() == 503 && (logFailure
                            || answer.body().contains("\"service-unavailable\""));
                    if (!clear) {
                        unclear.add(answer.statusCode() + " " + answer.body());
                    }
                }
            }
        }
        pool.shutdown();
        assertEquals(List.of(), unclear, "every failure says what happened");
        assertTrue(failed > 0, "the outage was felt");
        // answers held for their commit are refused as such when it fails (HeldAnswer's failure path, on a worker)
        assertTrue(logFailed > 0, "a failed commit was answered as the log's failure: " + failed + " failures");
        assertTrue(answered.size() > 0, "exchanges were answered before and after");
        assertEquals(answered.size(), Database.queryLong(Database.NAME, "SELECT count(DISTINCT xroad_id) FROM exchange_log"
                + " WHERE xroad_id IN ('" + String.join("','", answered) + "')"), "no answered exchange without its record");
        assertTrue(verify().get("intact").asBoolean(), "the chain survived the outage");
    }

    @Test
    void whenTheLogCannotCommitInTimeTheExchangeFailsClearlyInsteadOfHanging() throws Exception {
        expect(200, send(call(Tokens.SYSTEM, ECHO + "/mau/0", ME)));
        HttpResponse<String> answer;
        try (java.sql.Connection lock = Database.connect(); Statement s = lock.createStatement()) {
            // The writer's batch blocks on the chain head's row: a database that takes the statement and never answers.
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE exchange_log_head IN ACCESS EXCLUSIVE MODE");
            // The log gives up after 10 s (and hands the refusal's record over without waiting again), well before the
            // datasource's 30 s query timeout would end the statement: an answer within 15 s can only come from the
            // log's own limit.
            answer = send(call(Tokens.SYSTEM, ECHO + "/mau/3", ME).timeout(java.time.Duration.ofSeconds(15)));
            lock.rollback();
        }
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"exchange-log-failed\""), answer.body());
        assertEquals("Server.ClientProxy.LogFailed", answer.headers().firstValue("X-Road-Error").orElseThrow());
        awaitRecovery();
        assertTrue(verify().get("intact").asBoolean(), "the chain survived the stall");
    }

    /** Until the gateway, the log and the database reads all work again, several times running. */
    static void awaitRecovery() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int good = 0;
        while (good < 5 && System.nanoTime() < deadline) {
            boolean ok = send(call(Tokens.SYSTEM, ECHO + "/mau/2", ME)).statusCode() == 200
                    && send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify")).statusCode() == 200;
            good = ok ? good + 1 : 0;
            Thread.sleep(ok ? 50 : 300);
        }
        assertEquals(5, good, "the platform recovered by itself after the database came back");
    }

    static JsonNode verify() {
        return json(expect(200, send(Http.as(Tokens.AUDITOR, "/admin/v1/exchanges/verify"))));
    }

    static void registerEchoLike(String code, String providerUrl, int timeoutMs) {
        registerEchoLike(code, providerUrl, timeoutMs, false);
    }

    static void registerEchoLike(String code, String providerUrl, int timeoutMs, boolean logBodies) {
        registerEchoLike(code, providerUrl, timeoutMs, logBodies, "null");
    }

    /** @param circuit the service's own circuit breaker, as JSON ({@code null}: the platform's defaults) */
    static void registerEchoLike(String code, String providerUrl, int timeoutMs, boolean logBodies, String circuit) {
        String body = "{\"system\":\"H24.06/dat-dai\",\"code\":\"" + code + "\",\"version\":\"v1\",\"titleVi\":\"Thử " + code
                + "\",\"providerUrl\":\"" + providerUrl + "\",\"timeoutMs\":" + timeoutMs + ",\"logBodies\":" + logBodies
                + ",\"circuit\":" + circuit
                + ",\"contract\":{\"type\":\"OPENAPI\","
                + "\"document\":\"openapi: 3.0.0\\ninfo: {title: t, version: 1}\\npaths: {/x: {get: {}}}\\n\"}}";
        expect(201, post(Tokens.OPERATOR, "/admin/v1/services", body));
        expect(200, post(Tokens.OPERATOR, "/admin/v1/services/H24.06/dat-dai/" + code + "/v1/publish", ""));
        expect(201, post(Tokens.AUTHORITY, "/admin/v1/access-rights",
                "{\"service\":\"H24.06/dat-dai/" + code + "/v1\",\"consumer\":\"H24.10/his\"}"));
    }

    /** A request written by hand on a socket, for what HTTP clients refuse to send. */
    static String rawGet(String path, String extraHeaders) throws Exception {
        java.net.URI base = java.net.URI.create(Http.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + Tokens.of(Tokens.SYSTEM) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
