package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes behind WildFly's load balancer (mod_cluster), one of them killed ({@code kill -9}) under steady REST and
 * SOAP gateway load: only the requests in flight on it may fail, the rest carry on through the other node, every
 * acknowledged exchange has its record in the exchange log and both nodes' chains verify. Before that, a right
 * granted and revoked through one node is what the other decides by at once (PostgreSQL {@code LISTEN/NOTIFY}).
 *
 * <p>Node 1 is the managed server (registered with the balancer at runtime, {@code add-proxy}); node 2 and the
 * balancer are started here from the server the build configured ({@code standalone-ha-node.xml},
 * {@code standalone-load-balancer.xml}), on this run's database and Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterFailoverIT {

    static final String NODE_1 = "lgsp-it";
    static final String NODE_2 = "lgsp-it-2";
    static final int NODE_OFFSET = Integer.getInteger("it.cluster.node.port.offset", 150);
    static final int BALANCER_OFFSET = Integer.getInteger("it.cluster.balancer.port.offset", 250);
    static final int MCMP_PORT = 8090 + BALANCER_OFFSET;
    static final Path WORK = Path.of(System.getProperty("it.cluster.work", "target/cluster"));
    static final int MANAGED_MANAGEMENT_PORT = URI.create(Http.MANAGEMENT).getPort();
    static final String PARCEL = "/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat/thua-dat/12/345?maXa=11311";
    static final String ECHO = "/r1/VN/GOV/H24.06/dat-dai/echo/mau/1";
    static final String PROBE = "/admin/v1/probes/H24.06/dat-dai/tra-cuu-thua-dat/v1";
    static final int REST_THREADS = 2;
    static final int SOAP_THREADS = 1;
    /** Exchanges acknowledged through the surviving node after the kill before the load stops. */
    static final int AFTER_KILL = 60;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aNodeKilledUnderLoadLosesOnlyItsInFlightRequestsAndNoRecord() throws Exception {
        List<String> node2Properties = new ArrayList<>(WildFlyProcess.managedServerProperties());
        node2Properties.addAll(List.of("-Djboss.node.name=" + NODE_2, "-Djboss.tx.node.id=" + NODE_2,
                "-Dlgsp.balancer.port=" + MCMP_PORT));
        try (WildFlyProcess balancer = WildFlyProcess.start("balancer", "standalone-load-balancer.xml", BALANCER_OFFSET,
                WORK, List.of(), "-Xms64m -Xmx256m", List.of());
             WildFlyProcess node2 = WildFlyProcess.start("node-2", "standalone-ha-node.xml", NODE_OFFSET, WORK,
                     List.of(Path.of(System.getProperty("lgsp.ear"))), "-Xms256m -Xmx768m", node2Properties)) {
            node2.awaitReady(Duration.ofMinutes(4));
            WildFlyProcess.cli(MANAGED_MANAGEMENT_PORT,
                    "/subsystem=modcluster/proxy=default:add-proxy(host=127.0.0.1, port=" + MCMP_PORT + ")");
            // A probe every second from here on: both nodes' schedulers race for each run, before the kill and after.
            HttpResponse<String> probe = Http.call(Tokens.OPERATOR, "PUT", PROBE, "{\"intervalSeconds\":1,"
                    + "\"timeoutMs\":2000,\"httpPath\":\"/thua-dat/12/345?maXa=11311\",\"slowMs\":2000}");
            assertEquals(200, probe.statusCode(), probe.body());
            java.time.Instant probed = java.time.Instant.now();
            try {
                aRightRevokedThroughOneNodeIsRefusedOnTheOther("http://127.0.0.1:" + node2.httpPort());
                theBasicCredentialThrottleCountsPerNode("http://127.0.0.1:" + node2.httpPort());
                // node 1 registers at its next STATUS after add-proxy, node 2 once its EAR is deployed
                String balancerUrl = "http://127.0.0.1:" + balancer.httpPort();
                String system = Tokens.clientCredentials(Tokens.REALM, Tokens.SYSTEM, "demo-secret-his");
                AtomicLong warmUp = new AtomicLong();
                await("the balancer routing to both nodes", Duration.ofSeconds(90), () -> {
                    rest(balancerUrl, system, "warm-up-" + warmUp.incrementAndGet());
                    Map<String, Long> served = servedByNode("warm-up-%");
                    return served.containsKey(NODE_1) && served.containsKey(NODE_2);
                });
                killUnderLoad(balancerUrl, node2, probed);
            } finally {
                Http.call(Tokens.OPERATOR, "DELETE", PROBE, "");
                WildFlyProcess.cli(MANAGED_MANAGEMENT_PORT,
                        "/subsystem=modcluster/proxy=default:remove-proxy(host=127.0.0.1, port=" + MCMP_PORT + ")");
            }
        }
    }

    /** Granted on node 1, usable on node 2; revoked on node 1, refused on node 2 — node 2 is never told directly. */
    void aRightRevokedThroughOneNodeIsRefusedOnTheOther(String node2) {
        String authority = Tokens.password(Tokens.AUTHORITY, "demo-" + Tokens.AUTHORITY); // rights are the authority's
        String oneStop = Tokens.clientCredentials(Tokens.REALM, "H24.101/mot-cua", "demo-secret-mot-cua");
        HttpRequest.Builder echoOnNode2 = HttpRequest.newBuilder(URI.create(node2 + ECHO))
                .header("Authorization", "Bearer " + oneStop).header("X-Road-Client", "VN/GOV/H24.101/mot-cua");
        assertEquals(403, send(echoOnNode2).statusCode(), "no right yet (and node 2 has the policy cached)");

        HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(Http.BASE + "/admin/v1/access-rights"))
                .header("Authorization", "Bearer " + authority).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"service\":\"H24.06/dat-dai/echo/v1\",\"consumer\":\"H24.101/mot-cua\"}")));
        assertEquals(201, granted.statusCode(), granted.body());
        long right = json(granted).get("id").asLong();
        await("the grant seen on node 2", Duration.ofSeconds(10), () -> send(echoOnNode2).statusCode() == 200);

        HttpResponse<String> revoked = send(HttpRequest.newBuilder(
                        URI.create(Http.BASE + "/admin/v1/access-rights/" + right + "/revoke"))
                .header("Authorization", "Bearer " + authority).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"reason\":\"Thử chuyển đổi dự phòng\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());
        long start = System.nanoTime();
        List<Integer> answers = new ArrayList<>();
        WildFlyProcess.await("the revocation seen on node 2", Duration.ofSeconds(10), Duration.ofMillis(20), () -> {
            HttpResponse<String> answer = send(echoOnNode2);
            answers.add(answer.statusCode());
            return answer.statusCode() == 403 && answer.body().contains("no-access-right");
        });
        System.out.printf("Revocation through node 1 refused on node 2 after %d ms (answers there meanwhile: %s)%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), answers);
    }

    /**
     * The Basic-credential throttle is per node (docs/operations.md says why): one wrong secret is answered
     * {@code invalid-credentials} five times by each node before that node holds it.
     */
    void theBasicCredentialThrottleCountsPerNode(String node2) {
        String secret = "guess-" + System.nanoTime();
        int onNode1 = guessesBeforeHeld(Http.BASE, secret);
        int onNode2 = guessesBeforeHeld(node2, secret);
        System.out.printf("Basic-credential throttle: one wrong secret refused as invalid %d times by node 1, then %d"
                + " times by node 2 before each held it%n", onNode1, onNode2);
        assertEquals(5, onNode1, "held by node 1 after five failures");
        assertEquals(5, onNode2, "node 2 counts its own");
    }

    int guessesBeforeHeld(String node, String secret) {
        String basic = java.util.Base64.getEncoder().encodeToString(("H24.03/ho-tich:" + secret)
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(node + "/ws/RegistryService"))
                    .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", "Basic " + basic)
                    .POST(BodyPublishers.ofString(SecurityIT.getAgencyEnvelope("H24.06"))));
            if (answer.body().contains("too-many-failed-attempts")) {
                return i;
            }
            assertTrue(answer.body().contains("invalid-credentials"), answer.body());
        }
        throw new AssertionError("never held on " + node);
    }

    void killUnderLoad(String balancer, WildFlyProcess node2, java.time.Instant probed) throws Exception {
        java.time.Instant killedAt = null;
        String system = Tokens.clientCredentials(Tokens.REALM, Tokens.SYSTEM, "demo-secret-his");
        String oneStop = Tokens.clientCredentials(Tokens.REALM, "H24.101/mot-cua", "demo-secret-mot-cua");
        Load load = new Load();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < REST_THREADS + SOAP_THREADS; i++) {
            boolean soap = i >= REST_THREADS;
            Thread thread = new Thread(() -> load.run(id -> soap ? soap(balancer, oneStop, id) : rest(balancer, system, id)),
                    "failover-load-" + i);
            thread.start();
            threads.add(thread);
        }
        try {
            // Both nodes serve through the balancer (node 1 registers at its next STATUS after add-proxy).
            await("both nodes serving the load", Duration.ofSeconds(90), () -> {
                Map<String, Long> served = servedByNode();
                return served.getOrDefault(NODE_1, 0L) >= 5 && served.getOrDefault(NODE_2, 0L) >= 5;
            });
            long acknowledgedAtKill = load.acknowledged.size();
            load.killed = true;
            killedAt = java.time.Instant.now();
            node2.kill();
            await(AFTER_KILL + " exchanges through node 1 after the kill", Duration.ofSeconds(90),
                    () -> load.acknowledged.size() >= acknowledgedAtKill + AFTER_KILL);
        } finally {
            load.running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }
        // The survivor's scheduler may be busy with another cluster job for a few seconds: the probe must run again
        // within 30 s of the kill, which it could not if its job row stayed with the dead node.
        java.time.Instant killed = killedAt;
        await("a probe run on the surviving node after the kill", Duration.ofSeconds(30),
                () -> probeRunsAfter(killed.plusSeconds(2)) > 0);
        timersRanOnce(probed, killedAt, java.time.Instant.now());

        Map<String, Long> served = servedByNode();
        long recordedAcknowledged = recorded(load.acknowledged);
        long recorded = served.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Failover under load: sent %d, acknowledged %d, failed %d %s (before the kill: %s), recorded %d"
                        + " (by node %s), acknowledged and recorded %d%n", load.sent.get(), load.acknowledged.size(),
                load.failed.size(), load.failed, load.failedBeforeKill, recorded, served, recordedAcknowledged);

        assertEquals(List.of(), load.failedBeforeKill, "nothing fails while both nodes live");
        assertTrue(load.failed.size() <= REST_THREADS + SOAP_THREADS,
                "only the requests in flight on the killed node may fail (one per load thread at most): " + load.failed);
        assertEquals(load.acknowledged.size(), recordedAcknowledged, "every acknowledged exchange has its record");
        JsonNode verified = verify();
        assertTrue(verified.get("intact").asBoolean(), verified.toString());
        assertTrue(verified.get("nodes").toString().contains("\"" + NODE_2 + "\""), verified.toString());
    }

    /**
     * The probe's runs (one a second, claimed from the cluster's job table by whichever node's scheduler gets there):
     * one per slot, slots at least a second apart, never more than the seconds elapsed — with two nodes racing for
     * them, and on after one of them was killed.
     */
    /** The probe's runs in slots after {@code from}. */
    static long probeRunsAfter(java.time.Instant from) {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM"
                + " probe_result r JOIN service s ON s.id = r.service_id WHERE s.service_code = 'tra-cuu-thua-dat'"
                + " AND r.slot > ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(from));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void timersRanOnce(java.time.Instant from, java.time.Instant killed, java.time.Instant to) throws SQLException {
        List<java.time.Instant> slots = new ArrayList<>();
        Map<String, Long> byNode = new java.util.TreeMap<>();
        long afterKill = 0;
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("SELECT r.slot, r.node FROM"
                + " probe_result r JOIN service s ON s.id = r.service_id WHERE s.service_code = 'tra-cuu-thua-dat'"
                + " AND r.slot >= ? ORDER BY r.slot")) {
            s.setTimestamp(1, java.sql.Timestamp.from(from));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.time.Instant slot = rs.getTimestamp(1).toInstant();
                    slots.add(slot);
                    byNode.merge(rs.getString(2), 1L, Long::sum);
                    afterKill += slot.isAfter(killed.plusSeconds(2)) ? 1 : 0;
                }
            }
        }
        long seconds = Duration.between(from, to).toSeconds();
        System.out.printf("Timers once: %d probe runs in %d s (by node %s), %d after the kill%n", slots.size(), seconds,
                byNode, afterKill);
        assertEquals(slots.size(), slots.stream().distinct().count(), "one run per slot: " + slots);
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(!slots.get(i).isBefore(slots.get(i - 1).plusSeconds(1)), "slots a second apart: " + slots);
        }
        assertTrue(slots.size() <= seconds + 2, slots.size() + " runs in " + seconds + " s");
        assertTrue(slots.size() >= seconds / 4, "the probe kept running: " + slots.size() + " runs in " + seconds + " s");
        assertTrue(afterKill > 0, "runs after the kill, on the surviving node");
    }

    /** Steady load from one thread: one request at a time, each with its own X-Road id. */
    static final class Load {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong sent = new AtomicLong();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> failedBeforeKill = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile boolean killed;

        void run(java.util.function.Function<String, String> exchange) {
            while (running.get()) {
                String id = "failover-" + sent.incrementAndGet();
                String failure = exchange.apply(id);
                if (failure == null) {
                    acknowledged.add(id);
                } else {
                    (killed ? failed : failedBeforeKill).add(id + ": " + failure);
                }
            }
        }
    }

    /** null when the gateway answered with the provider's answer; what went wrong otherwise. */
    String rest(String balancer, String token, String id) {
        return outcome(HttpRequest.newBuilder(URI.create(balancer + PARCEL)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("X-Road-Client", "VN/GOV/H24.10/his")
                .header("X-Road-Id", id), "chuSuDung");
    }

    String soap(String balancer, String token, String id) {
        String envelope = SoapGatewayIT.envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich", id,
                "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>031219000777"
                        + "</ht:soDinhDanh></ht:traCuuKhaiSinh>");
        return outcome(HttpRequest.newBuilder(URI.create(balancer + "/ws/gateway")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)), "traCuuKhaiSinhResponse");
    }

    String outcome(HttpRequest.Builder request, String expected) {
        try {
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains(expected) ? null
                    : answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length()));
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    /** The load's exchange records, by node. */
    static Map<String, Long> servedByNode() {
        return servedByNode("failover-%");
    }

    /** The exchange records whose X-Road id is {@code LIKE pattern}, by node. */
    static Map<String, Long> servedByNode(String pattern) {
        Map<String, Long> served = new HashMap<>();
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT node, count(*) FROM exchange_log WHERE xroad_id LIKE ? GROUP BY node")) {
            s.setString(1, pattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    served.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return served;
    }

    /** How many of these X-Road ids have their record. */
    static long recorded(Set<String> ids) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT count(DISTINCT xroad_id) FROM exchange_log WHERE xroad_id = ANY (?)")) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static JsonNode verify() {
        String auditor = Tokens.password(Tokens.AUDITOR, "demo-" + Tokens.AUDITOR);
        return json(Http.send(Http.request("/admin/v1/exchanges/verify").header("Authorization", "Bearer " + auditor)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration limit, BooleanSupplier condition) {
        WildFlyProcess.await(what, limit, Duration.ofMillis(250), condition);
    }
}
