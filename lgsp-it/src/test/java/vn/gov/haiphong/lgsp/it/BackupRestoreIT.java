package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup drill (Quy chế Đ.9.7, Đ.10.5c): a backup of the live platform asked of {@code /admin/v1/backups} (which
 * runs {@code bin/backup} on the server), {@code bin/restore} into a new, empty database, and a server started on the
 * restored database and checkpoints finds every table as the manifest counted it and the exchange log's chains intact
 * up to the heads the manifest names. On the way: one backup at a time in the cluster, a dead node's run given up,
 * the files listed and downloaded as their checksums say, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    static final Path ROOT = Path.of(System.getProperty("it.project.root", ".."));
    static final Path WORK = Path.of(System.getProperty("it.cluster.work", "target/cluster"));
    static final String RESTORED = Database.NAME + "_restored";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseAndItsExchangeLogVerifies() throws Exception {
        String system = Tokens.clientCredentials(Tokens.REALM, Tokens.SYSTEM, "demo-secret-his");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = Http.send(Http.request(ClusterFailoverIT.PARCEL)
                    .header("Authorization", "Bearer " + system).header("X-Road-Client", "VN/GOV/H24.10/his")
                    .header("X-Road-Id", "backup-drill-" + UUID.randomUUID()));
            assertEquals(200, answer.statusCode(), answer.body());
        }
        List<String> properties = WildFlyProcess.managedServerProperties();
        Path checkpoints = Path.of(property(properties, "lgsp.exchange-log.checkpoint-dir"));
        await("a checkpoint of the exchanges just made", () -> Files.exists(checkpoints) && !listing(checkpoints).isEmpty());

        String id = backupThroughTheApi();
        Path dir = Path.of((String) Database.row("SELECT location FROM backup WHERE id = '" + id + "'").get("location"));
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(id, manifest.get("id").asText());
        assertTrue(manifest.get("rowCounts").get("exchange_log").asLong() >= 3, manifest.toString());
        assertEquals("keycloak-realm.json", manifest.get("keycloakRealm").get("file").asText(), manifest.toString());

        Path restoredCheckpoints = WORK.resolve("restored-checkpoints").resolve(RESTORED); // a new one per run
        Database.admin("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)");
        try {
            script(Map.of("LGSP_DB_NAME", RESTORED, "LGSP_DB_ADMIN", System.getProperty("it.db.user"),
                    "LGSP_DB_USER", Database.APP, "LGSP_DB_MIGRATION_USER", Database.OWNER,
                    "LGSP_DB_PASSWORD", "test-lgsp-app", "LGSP_DB_MIGRATION_PASSWORD", "test-lgsp-owner",
                    "LGSP_CHECKPOINT_DIR", restoredCheckpoints.toString()), "bin/restore", dir.toString());

            for (Iterator<Map.Entry<String, JsonNode>> tables = manifest.get("rowCounts").fields(); tables.hasNext(); ) {
                Map.Entry<String, JsonNode> table = tables.next();
                long expected = table.getValue().asLong() + ("backup".equals(table.getKey()) ? 1 : 0); // its own row
                assertEquals(expected, Database.queryLong(RESTORED, "SELECT count(*) FROM " + table.getKey()),
                        "rows of " + table.getKey());
            }
            verifiedOnTheRestoredDatabase(properties, restoredCheckpoints, manifest.get("exchangeLogHeads"));
        } finally {
            Database.admin("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)");
        }
    }

    /** Asks the server for a backup, as the operator, and follows it to DONE; its id. */
    static String backupThroughTheApi() throws Exception {
        String path = "/admin/v1/backups";
        long runs = Database.count("backup_run");
        for (String refused : List.of(Tokens.AUDITOR, Tokens.AUTHORITY, Tokens.ADMIN_A, Tokens.SYSTEM)) {
            assertEquals(403, Http.post(refused, path, "{}").statusCode(), refused + " may not take a backup");
        }
        for (String refused : List.of(Tokens.AUTHORITY, Tokens.ADMIN_A, Tokens.SYSTEM)) {
            assertEquals(403, Http.send(Http.as(refused, path)).statusCode(), refused + " may not read backups");
        }
        HttpResponse<String> invalid = Http.post(Tokens.OPERATOR, path, "{\"purpose\":\"" + "x".repeat(501) + "\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("purpose"), invalid.body());
        assertEquals(runs, Database.count("backup_run"), "refused requests start nothing");

        // Another node's backup is running (fresh heartbeat): refused here. Once its node is gone (old heartbeat), the
        // next request gives it up and runs.
        String other = "lgsp-19990101T000000Z";
        Database.execute("INSERT INTO backup_run (id, state, requested_by, node, started_at, heartbeat_at) VALUES ('"
                + other + "', 'RUNNING', 'it', 'lgsp-gone', now(), now())");
        HttpResponse<String> busy = Http.post(Tokens.OPERATOR, path, "{}");
        assertEquals(409, busy.statusCode(), busy.body());
        assertTrue(busy.body().contains("backup-running"), busy.body());
        Database.execute("UPDATE backup_run SET heartbeat_at = now() - interval '5 minutes' WHERE id = '" + other + "'");

        HttpResponse<String> started = Http.post(Tokens.OPERATOR, path,
                "{\"purpose\":\"Diễn tập khôi phục / restore drill\"}");
        assertEquals(202, started.statusCode(), started.body());
        String id = json(started).get("id").asText();
        assertTrue(id.matches("lgsp-\\d{8}T\\d{6}Z"), id);
        assertEquals("RUNNING", json(started).get("state").asText(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(path + "/" + id), location);
        assertEquals("FAILED", Database.row("SELECT state FROM backup_run WHERE id = '" + other + "'").get("state"),
                "the dead node's run is given up");

        JsonNode[] done = new JsonNode[1];
        ClusterFailoverIT.await("the backup done", java.time.Duration.ofMinutes(3), () -> {
            done[0] = json(Http.send(Http.as(Tokens.AUDITOR, location)));
            return !"RUNNING".equals(done[0].get("state").asText());
        });
        JsonNode backup = done[0];
        assertEquals("DONE", backup.get("state").asText(), backup.toString());
        assertEquals("Diễn tập khôi phục / restore drill", backup.get("purpose").asText());
        assertTrue(backup.get("available").asBoolean(), backup.toString());
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM backup WHERE id = '" + id + "'"),
                "the backup is recorded, for incidents to name");
        JsonNode listed = json(Http.send(Http.as(Tokens.OPERATOR, path + "?size=1")));
        assertEquals(id, listed.get("items").get(0).get("id").asText(), "listed, newest first");
        assertTrue(listed.get("totalItems").asLong() >= 1 && listed.get("totalPages").asLong() == listed.get("totalItems").asLong(),
                listed.toString());

        List<String> names = new ArrayList<>();
        for (JsonNode file : backup.get("files")) {
            String name = file.get("name").asText();
            names.add(name);
            HttpResponse<byte[]> download = Http.bytes(Http.as(Tokens.OPERATOR, location + "/files/" + name)
                    .setHeader("Accept", "application/octet-stream"));
            assertEquals(200, download.statusCode(), name);
            int audited = Http.bytes(Http.as(Tokens.AUDITOR, location + "/files/" + name)
                    .setHeader("Accept", "application/octet-stream")).statusCode();
            assertEquals(name.startsWith("exchange-log/") ? 200 : 403, audited,
                    name + ": the auditor checks a backup, it does not take its data away");
            assertEquals(file.get("bytes").asLong(), download.body().length, name);
            assertEquals(file.get("sha256").asText(), java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(download.body())), name + " as listed");
        }
        assertTrue(names.contains("database.dump") && names.contains("keycloak-realm.json")
                && names.stream().anyMatch(n -> n.startsWith("config-")), names.toString());
        JsonNode manifest = new ObjectMapper().readTree(backup.get("manifest").asText());
        assertEquals(id, manifest.get("id").asText());
        assertTrue(manifest.get("exchangeLogHeads").has("lgsp-it"), manifest.toString());

        for (String evidence : List.of("manifest.json", "SHA256SUMS")) {
            assertEquals(200, Http.bytes(Http.as(Tokens.AUDITOR, location + "/files/" + evidence)
                    .setHeader("Accept", "application/octet-stream")).statusCode(), evidence);
        }
        for (String missing : List.of("../manifest.json", "nothing.dump", "exchange-log")) {
            HttpResponse<String> answer = Http.send(Http.as(Tokens.OPERATOR, location + "/files/" + missing));
            assertEquals(404, answer.statusCode(), missing + ": " + answer.body());
        }
        HttpResponse<String> unknown = Http.send(Http.as(Tokens.OPERATOR, path + "/lgsp-20000101T000000Z"));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("backup-not-found"), unknown.body());
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM monitor_job WHERE name = 'backup'"
                + " AND interval_seconds = 86400"), "the daily backup is scheduled once for the cluster");
        return id;
    }

    /** A server on the restored database and checkpoints: {@code /verify} intact, each chain up to the manifest's head. */
    static void verifiedOnTheRestoredDatabase(List<String> managed, Path checkpoints, JsonNode heads) {
        List<String> properties = new ArrayList<>();
        for (String p : managed) {
            if (p.startsWith("-Dlgsp.db.url=")) {
                p = p.substring(0, p.lastIndexOf('/') + 1) + RESTORED;
            } else if (p.startsWith("-Dlgsp.exchange-log.checkpoint-dir=")) {
                p = "-Dlgsp.exchange-log.checkpoint-dir=" + checkpoints;
            }
            properties.add(p);
        }
        properties.addAll(List.of("-Djboss.node.name=lgsp-it-restored", "-Djboss.tx.node.id=lgsp-it-restored"));
        try (WildFlyProcess restored = WildFlyProcess.start("restored", "standalone-ha.xml",
                ClusterFailoverIT.NODE_OFFSET, WORK, List.of(Path.of(System.getProperty("lgsp.ear"))),
                "-Xms256m -Xmx768m", properties)) {
            restored.awaitReady(java.time.Duration.ofMinutes(4));
            String auditor = Tokens.password(Tokens.AUDITOR, "demo-" + Tokens.AUDITOR);
            JsonNode verified = json(Http.send(Http.request("http://127.0.0.1:" + restored.httpPort()
                    + "/admin/v1/exchanges/verify").header("Authorization", "Bearer " + auditor)));
            assertTrue(verified.get("intact").asBoolean(), verified.toString());
            for (Iterator<Map.Entry<String, JsonNode>> nodes = heads.fields(); nodes.hasNext(); ) {
                Map.Entry<String, JsonNode> head = nodes.next();
                JsonNode proof = null;
                for (JsonNode p : verified.get("proved")) {
                    if (p.get("node").asText().equals(head.getKey())) {
                        proof = p;
                    }
                }
                assertTrue(proof != null && proof.get("lastSeq").asLong() >= head.getValue().get("seq").asLong()
                        && proof.get("checkpoints").asInt() > 0, head + " in " + verified);
            }
        }
    }

    static String property(List<String> properties, String name) {
        return properties.stream().filter(p -> p.startsWith("-D" + name + "=")).findFirst().orElseThrow()
                .substring(name.length() + 3);
    }

    /** Runs one of bin/ with an environment; its output, or an assertion failure with it. */
    static String script(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        line.set(0, ROOT.resolve(command[0]).toString());
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
        System.out.print(output);
        return output;
    }

    static List<Path> listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void await(String what, java.util.function.BooleanSupplier condition) {
        ClusterFailoverIT.await(what, java.time.Duration.ofMinutes(1), condition);
    }
}
