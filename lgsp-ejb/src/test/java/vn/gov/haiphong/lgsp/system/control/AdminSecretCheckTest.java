package vn.gov.haiphong.lgsp.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A node refuses every secret the repository publishes, except in the demo. */
class AdminSecretCheckTest {

    /** The realm files of the demo and of the tests, relative to this module. */
    static final Set<Path> REALM_FOLDERS = Set.of(Path.of("../wildfly-config/keycloak"), Path.of("../lgsp-it/src/test/keycloak"));

    @Test
    void everySecretInTheRepositorysRealmFilesIsKnown() throws IOException {
        Set<String> published = new TreeSet<>();
        for (Path folder : REALM_FOLDERS) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    try (Reader text = Files.newBufferedReader(file); JsonReader reader = Json.createReader(text)) {
                        JsonObject realm = reader.readObject();
                        realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                                .map(c -> c.get("secret")).filter(s -> s != null && s.getValueType() == JsonValue.ValueType.STRING)
                                .forEach(s -> published.add(((JsonString) s).getString()));
                    }
                }
            }
        }
        assertTrue(published.contains("demo-secret-lgsp-platform"), published.toString());
        assertEquals(published, new TreeSet<>(AdminSecretCheck.SHIPPED), "AdminSecretCheck.SHIPPED lists exactly them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-secret-lgsp-platform", " demo-secret-lgsp-platform ", "demo-secret-his",
        "other-app-secret", "intruder-secret"})
    void aPublishedSecretStopsAProductionNode(String secret) {
        Optional<String> why = AdminSecretCheck.refusal(secret, false);
        assertTrue(why.isPresent());
        assertTrue(why.get().contains("lgsp.keycloak.admin-client-secret"), why.get());
        assertFalse(why.get().contains(secret.strip()), "the log names the setting, not the secret");
    }

    @Test
    void theDemoMayUseItsOwnSecretAndProductionItsOwn() {
        assertEquals(Optional.empty(), AdminSecretCheck.refusal("demo-secret-lgsp-platform", true));
        assertEquals(Optional.empty(), AdminSecretCheck.refusal("f3a9c1e0-generated-by-keycloak", false));
    }

    @Test
    void aNodeWithoutASecretStartsAndSaysWhichSettingToSet() {
        AdminSecretCheck check = new AdminSecretCheck();
        check.secret = Optional.empty();
        check.check();
        check.secret = Optional.of(" ");
        check.check();
        assertTrue(AdminSecretCheck.MISSING.startsWith("lgsp.keycloak.admin-client-secret is not set"), AdminSecretCheck.MISSING);
    }

    @Test
    void aPublishedSecretStopsTheStartOfAProductionNode() {
        AdminSecretCheck check = new AdminSecretCheck();
        check.secret = Optional.of("demo-secret-lgsp-platform");
        IllegalStateException refused = assertThrows(IllegalStateException.class, check::check);
        assertTrue(refused.getMessage().contains("lgsp.keycloak.admin-client-secret"), refused.getMessage());
    }
}
