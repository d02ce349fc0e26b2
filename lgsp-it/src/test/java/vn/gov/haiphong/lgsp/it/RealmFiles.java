package vn.gov.haiphong.lgsp.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the realm files the tests' Keycloak imports (run by the build before Keycloak starts): the demo realm
 * {@code lgsp} with the tests' own clients, service accounts and realm settings added ({@code lgsp-test-clients.json}), and the
 * tests' other realms ({@code realm-*.json}, e.g. the foreign realm whose tokens must be refused). The demo
 * realm file itself ships only what the README's demo needs, so test-only secrets never reach a demo server.
 *
 * The console's client ({@code lgsp-console}) also accepts this run's HTTP port as a redirect target, since the
 * tests' ports are chosen per run.
 *
 * <p>Usage: {@code RealmFiles DEMO_REALM_DIR TEST_REALM_DIR OUT_DIR [HTTP_PORT]}.
 */
public final class RealmFiles {

    private static final List<String> ADDED = List.of("clients", "users");

    private RealmFiles() {
    }

    private static void allowConsoleOn(ObjectNode realm, String port) {
        for (var client : realm.get("clients")) {
            if ("lgsp-console".equals(client.get("clientId").asText())) {
                ArrayNode uris = (ArrayNode) client.get("redirectUris");
                uris.add("http://127.0.0.1:" + port + "/console/*");
                uris.add("http://localhost:" + port + "/console/*");
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path demo = Path.of(args[0]);
        Path tests = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(demo.resolve("realm-lgsp.json").toFile());
        ObjectNode additions = (ObjectNode) json.readTree(tests.resolve("lgsp-test-clients.json").toFile());
        for (String field : ADDED) {
            ((ArrayNode) realm.get(field)).addAll((ArrayNode) additions.get(field));
        }
        realm.setAll((ObjectNode) additions.get("settings"));
        if (args.length > 3) {
            allowConsoleOn(realm, args[3]);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("realm-lgsp.json").toFile(), realm);
        try (DirectoryStream<Path> others = Files.newDirectoryStream(tests, "realm-*.json")) {
            for (Path other : others) {
                Files.copy(other, out.resolve(other.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
