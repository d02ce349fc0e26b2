package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keycloak as production runs it (the path {@code bin/cluster} takes and docs/operations.md describes): {@code kc.sh
 * start}, not {@code start-dev}, on a PostgreSQL database of its own; the realm imported at the first start, into the
 * empty database, and kept at the next — the same signing key, the import skipped — while the platform's clients get
 * tokens from it both times. A copy of the Keycloak distribution of this run (a production start rebuilds it for
 * PostgreSQL), on ports of its own beside the tests' dev-mode Keycloak.
 */
class KeycloakProductionIT {

    static final Path WORK = Path.of(System.getProperty("it.cluster.work", "target/cluster"));
    static final int PORT = Integer.getInteger("it.keycloak.port", 8380) + 2;
    static final String DATABASE = Database.NAME + "_kc";
    static final String ROLE = Database.NAME + "_kc";

    @Test
    void theRealmIsImportedOnceIntoPostgresqlAndKeptAcrossARestart() throws Exception {
        Path home = WORK.resolve("keycloak-production");
        WildFlyProcess.deleteTree(home);
        java.nio.file.Files.createDirectories(WORK);
        copy(Path.of(System.getProperty("it.keycloak.home")), home);
        Database.admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        Database.admin("DROP ROLE IF EXISTS " + ROLE);
        Database.admin("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'kc-it-secret'");
        Database.admin("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
        String realm = "http://127.0.0.1:" + PORT + "/realms/lgsp";
        try {
            keycloak("start", home);
            String key = signingKey(realm);
            String token = Tokens.clientCredentials(realm, "H24.10/his", "demo-secret-his");
            assertFalse(token.isBlank());
            assertTrue(log(home).contains("Realm 'lgsp' imported"), "imported at the first start");
            assertEquals(1L, Database.queryLong(DATABASE, "SELECT count(*) FROM realm WHERE name = 'lgsp'"),
                    "the realm is in Keycloak's PostgreSQL database");

            keycloak("stop", home);
            keycloak("start", home);
            assertTrue(log(home).contains("Realm 'lgsp' already exists. Import skipped"), "not imported again");
            assertEquals(key, signingKey(realm), "the realm kept its signing key across the restart");
            assertFalse(Tokens.clientCredentials(realm, "H24.10/his", "demo-secret-his").isBlank());
        } finally {
            keycloak("stop", home);
            Database.admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            Database.admin("DROP ROLE IF EXISTS " + ROLE);
        }
    }

    /** The realm's RS256 signing key id, as its JWKS publishes it. */
    static String signingKey(String realm) {
        for (var key : json(Http.send(Http.request(realm + "/protocol/openid-connect/certs"))).get("keys")) {
            if ("RS256".equals(key.path("alg").asText()) && "sig".equals(key.path("use").asText())) {
                return key.get("kid").asText();
            }
        }
        throw new AssertionError("no RS256 signing key in " + realm);
    }

    /** {@code keycloak.sh start|stop} with the production options: {@code kc.sh start} on PostgreSQL. */
    static void keycloak(String action, Path home) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("it.keycloak.script"), action,
                home.toString()));
        if (action.equals("start")) {
            command.addAll(List.of(Integer.toString(PORT), Integer.toString(PORT + 1),
                    "--realms", Path.of(System.getProperty("it.project.root", "..")).resolve("wildfly-config/keycloak")
                            .toString(),
                    "--db-url", "jdbc:postgresql://" + System.getProperty("it.db.host", "127.0.0.1") + ":"
                            + System.getProperty("it.db.port", "5432") + "/" + DATABASE,
                    "--db-username", ROLE, "--db-password", "kc-it-secret"));
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    static String log(Path home) throws IOException {
        return Files.readString(home.resolve("keycloak.log"), StandardCharsets.UTF_8);
    }

    /** A copy of the distribution (cp -a keeps the scripts executable). */
    static void copy(Path from, Path to) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "cp -a " + from + " " + to);
        Files.deleteIfExists(to.resolve("keycloak.pid"));
        WildFlyProcess.deleteTree(to.resolve("data"));
    }
}
