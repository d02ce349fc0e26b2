package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring from the outside: a provider (a real HTTP server on a real port) that stops answering is DOWN from its
 * next probe, raises exactly one alert however long it stays down, and its recovery resolves it; the status board
 * and the alerts show each caller its part; the metrics endpoint exposes the documented series.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aProviderThatStopsAnsweringIsDownRaisesOneAlertAndRecoveryResolvesIt() throws Exception {
        HttpServer provider = provider(0);
        int port = provider.getAddress().getPort();
        String code = "tham-do-" + UUID.randomUUID().toString().substring(0, 8);
        String service = "VN/GOV/H24.06/dat-dai/" + code;
        String probe = "/admin/v1/probes/H24.06/dat-dai/" + code + "/v1";
        GatewayIT.registerEchoLike(code, "http://127.0.0.1:" + port + "/lgsp", 2000);
        JsonNode declared = json(Http.expect(200, Http.call(Tokens.OPERATOR, "PUT", probe,
                "{\"intervalSeconds\":1,\"timeoutMs\":1000,\"httpPath\":\"/health\"}")));
        assertEquals(1, declared.get("intervalSeconds").asInt());
        await("two UP probes", () -> states(probe).stream().filter("UP"::equals).count() >= 2);
        assertEquals("UP", board(Tokens.OPERATOR, service).get("state").asText());

        provider.stop(0); // the port is closed: connections are refused
        Instant stopped = Instant.now();
        JsonNode alert = await("the PROVIDER_DOWN alert", () -> openAlert(service + "/v1"));
        // The first probe after the provider stopped is DOWN: DOWN within one interval; the alert came after 3 in a row.
        JsonNode results = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, probe + "/results?size=100&from=" + stopped)))).get("items");
        JsonNode first = results.get(results.size() - 1);
        assertEquals("DOWN", first.get("state").asText(), results.toString());
        assertTrue(first.get("error").asText().contains("Connect"), first.toString());
        JsonNode onBoard = board(Tokens.OPERATOR, service);
        assertEquals("DOWN", onBoard.get("state").asText(), onBoard.toString());
        assertEquals("PROBE", onBoard.get("stateFrom").asText());
        assertEquals(alert.get("id").asLong(), onBoard.get("alerts").get(0).get("id").asLong());
        // However long it stays down: one alert.
        int downs = downCount(probe);
        await("three more DOWN probes", () -> downCount(probe) >= downs + 3);
        assertEquals(1L, alerts(service + "/v1"));
        // The operator acknowledges it, once; nobody else may.
        Http.expect(200, Http.post(Tokens.OPERATOR, "/admin/v1/alerts/" + alert.get("id").asLong() + "/acknowledge", ""));
        AgencyRestIT.assertProblem(Http.post(Tokens.OPERATOR, "/admin/v1/alerts/" + alert.get("id").asLong()
                + "/acknowledge", ""), 409, "alert-state");
        assertEquals(403, Http.post(Tokens.ADMIN_A, "/admin/v1/alerts/" + alert.get("id").asLong() + "/acknowledge", "")
                .statusCode());
        // Agency admins see alerts about their agency's services only (the provider is H24.06's).
        for (String admin : new String[] {Tokens.ADMIN_A, Tokens.ADMIN_B}) {
            JsonNode seen = json(Http.expect(200, send(Http.as(admin, "/admin/v1/alerts?state=open&size=100"))));
            seen.get("items").forEach(a -> assertFalse(a.get("subject").asText().startsWith(service), admin + ": " + a));
        }
        // The board: the hospital's admin sees the service its system uses; the civil-status admin does not.
        assertNotNull(board(Tokens.ADMIN_A, service));
        assertEquals(null, board(Tokens.ADMIN_B, service));
        assertEquals(null, board("H24.101/mot-cua", service));

        HttpServer back = provider(port);
        try {
            await("the alert resolved", () -> openAlert(service + "/v1") == null ? Boolean.TRUE : null);
            assertEquals(1L, alerts(service + "/v1"));
            assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE subject = '" + service
                    + "/v1' AND state = 'RESOLVED' AND acknowledged_by = 'operator'"));
            await("UP again", () -> "UP".equals(board(Tokens.OPERATOR, service).get("state").asText()));
        } finally {
            Http.expect(204, Http.call(Tokens.OPERATOR, "DELETE", probe, ""));
            back.stop(0);
        }
    }

    @Test
    void theMetricsEndpointExposesTheDocumentedSeries() {
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/do", GatewayIT.ME)
                .POST(BodyPublishers.ofString("{\"do\":1}"))));
        assertEquals(404, send(GatewayIT.call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/no-such-service", GatewayIT.ME)
                .GET()).statusCode());
        String metrics = send(Http.request(Http.MANAGEMENT + "/metrics")).body();
        List<String> missing = new ArrayList<>();
        // Each documented series, with the labels it must carry (WildFly adds WF_DEPLOYMENT to the platform's).
        String echo = "service=\"VN/GOV/H24.06/dat-dai/echo\"";
        String[][] series = {
            {"lgsp_exchanges_total{", "consumer=\"VN/GOV/H24.10/his\"", "outcome=\"OK\"", "protocol=\"REST\"", echo},
            {"lgsp_exchange_duration_seconds_count{", "protocol=\"REST\"", echo},
            {"lgsp_exchange_duration_seconds_sum{", echo},
            {"lgsp_exchange_duration_seconds_max{", echo},
            {"lgsp_exchange_provider_duration_seconds_count{", echo},
            {"lgsp_exchange_request_bytes_total{", echo},
            {"lgsp_exchange_response_bytes_total{", echo},
            {"lgsp_exchange_log_batch_size_count{"},
            {"lgsp_exchange_log_batch_size_sum{"},
            {"lgsp_exchange_log_wait_seconds_count{"},
            {"lgsp_exchange_log_wait_seconds_max{"},
            {"lgsp_exchange_log_queue{"},
            {"lgsp_exchange_log_store_last_seconds{"},
            {"lgsp_exchange_log_failed_batches{"},
            {"lgsp_gateway_circuit_open{", echo, "version=\"v1\""},
            {"lgsp_gateway_circuit_state{", echo, "version=\"v1\""},
            {"datasources_pool_in_use_count{", "LgspDS"},
            {"memory_used_heap_bytes"},
            {"thread_count"}};
        for (String[] wanted : series) {
            boolean found = metrics.lines().anyMatch(line -> line.startsWith(wanted[0])
                    && java.util.Arrays.stream(wanted).allMatch(line::contains));
            if (!found) {
                missing.add(String.join(" ", wanted));
            }
        }
        List<String> names = metrics.lines().filter(l -> l.startsWith("# TYPE")).map(l -> l.split(" ")[2]).toList();
        assertEquals(List.of(), missing, "series present: " + names + "; platform lines: "
                + metrics.lines().filter(l -> l.startsWith("lgsp")).limit(40).toList());
        // Names callers wrote that the registry does not know fold into one label value.
        assertTrue(metrics.lines().filter(l -> l.startsWith("lgsp_exchanges_total{")).noneMatch(l -> l.contains("no-such")),
                "unregistered names never become labels");
    }

    static HttpServer provider(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/lgsp/health", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static List<String> states(String probe) {
        List<String> states = new ArrayList<>();
        json(send(Http.as(Tokens.OPERATOR, probe + "/results?size=100"))).get("items").forEach(r -> states.add(r.get("state").asText()));
        return states;
    }

    private static int downCount(String probe) {
        return (int) states(probe).stream().filter("DOWN"::equals).count();
    }

    private static long alerts(String subject) {
        return Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE subject = '" + subject + "'");
    }

    private static JsonNode openAlert(String subject) {
        for (JsonNode a : json(send(Http.as(Tokens.AUDITOR, "/admin/v1/alerts?state=open&size=100"))).get("items")) {
            if (a.get("subject").asText().equals(subject)) {
                return a;
            }
        }
        return null;
    }

    /** The service's row on the caller's status board; null when it is not on it. */
    static JsonNode board(String caller, String service) {
        for (JsonNode s : json(Http.expect(200, send(Http.as(caller, "/admin/v1/status")))).get("services")) {
            if (s.get("service").asText().equals(service)) {
                return s;
            }
        }
        return null;
    }

    /** Waits (up to 90 s) until {@code condition} answers true or a value; fails naming {@code what} otherwise. */
    @SuppressWarnings("unchecked")
    static <T> T await(String what, Supplier<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never came: " + what);
    }
}
