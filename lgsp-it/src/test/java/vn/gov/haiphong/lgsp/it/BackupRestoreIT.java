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
 * The backup drill (Quy chế Đ.9.7, Đ.10.5c): {@code bin/backup} of the live platform, {@code bin/restore} into a new,
 * empty database, and a server started on the restored database and checkpoints finds every table as the manifest
 * counted it and the exchange log's chains intact up to the heads the manifest names.
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

        String[] backup = script(Map.of("LGSP_DB_NAME", Database.NAME, "LGSP_DB_ADMIN", System.getProperty("it.db.user"),
                        "LGSP_BACKUP_DIR", WORK.resolve("backups").toString(), "LGSP_CHECKPOINT_DIR", checkpoints.toString(),
                        "LGSP_CONFIG_DIRS", WildFlyProcess.MANAGED_BASE.resolve("configuration").toString()),
                "bin/backup", "--purpose", "Diễn tập khôi phục / restore drill").strip().lines()
                .reduce((first, last) -> last).orElseThrow().split(" ");
        String id = backup[0];
        Path dir = Path.of(backup[1]);
        assertTrue(id.matches("lgsp-\\d{8}T\\d{6}Z"), id);
        assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM backup WHERE id = '" + id + "'"
                + " AND purpose = 'Diễn tập khôi phục / restore drill'"), "the backup is recorded, for incidents to name");
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals(id, manifest.get("id").asText());
        assertTrue(manifest.get("rowCounts").get("exchange_log").asLong() >= 3, manifest.toString());

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
