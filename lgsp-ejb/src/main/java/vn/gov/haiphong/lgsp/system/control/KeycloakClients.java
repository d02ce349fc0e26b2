package vn.gov.haiphong.lgsp.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * The service-account clients of information systems, kept in Keycloak through its admin REST API
 * (as the realm's {@code lgsp-platform} client, which holds only realm-management's client and user
 * roles). A new client gets the realm's LGSP scopes, the {@code system} role and its agency's code,
 * so its tokens look like every other system's.
 */
@ApplicationScoped
public class KeycloakClients {

    private static final Logger LOG = Logger.getLogger(KeycloakClients.class.getName());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    @ConfigProperty(name = "lgsp.oidc.provider-url", defaultValue = "http://127.0.0.1:8280/realms/lgsp")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "lgsp.keycloak.admin-client-id", defaultValue = "lgsp-platform")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "lgsp.keycloak.admin-client-secret")
    String adminClientSecret;

    /** Creates the system's client and returns its secret — the only time anyone sees it. */
    public String create(String clientId, String name, String agencyCode) {
        String token = adminToken();
        JsonObject client = JsonText.JSON.createObjectBuilder()
                .add("clientId", clientId).add("name", name).add("enabled", true).add("protocol", "openid-connect")
                .add("publicClient", false).add("clientAuthenticatorType", "client-secret")
                .add("standardFlowEnabled", false).add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false).add("serviceAccountsEnabled", true)
                .add("defaultClientScopes", JsonText.JSON.createArrayBuilder()
                        .add("lgsp-api-audience").add("lgsp-agency").add("lgsp-roles").add("basic"))
                .build();
        HttpResponse<String> created = send(token, "POST", "/clients", client.toString());
        expect(created, 201, "create client " + clientId);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        JsonObject user = json(expect(send(token, "GET", "/clients/" + id + "/service-account-user", null), 200,
                "service account of " + clientId)).asJsonObject();
        JsonObject withAgency = JsonText.JSON.createObjectBuilder(user)
                .add("attributes", JsonText.JSON.createObjectBuilder().add("agency_code", JsonText.JSON.createArrayBuilder().add(agencyCode)))
                .build();
        expect(send(token, "PUT", "/users/" + user.getString("id"), withAgency.toString()), 204, "agency of " + clientId);
        JsonValue role = json(expect(send(token, "GET", "/roles/" + Roles.SYSTEM, null), 200, "role system"));
        expect(send(token, "POST", "/users/" + user.getString("id") + "/role-mappings/realm",
                JsonText.JSON.createArrayBuilder().add(role).build().toString()), 204, "role of " + clientId);
        JsonObject secret = json(expect(send(token, "GET", "/clients/" + id + "/client-secret", null), 200,
                "secret of " + clientId)).asJsonObject();
        return secret.getString("value");
    }

    /** Disables the client: its secret no longer gets tokens, and tokens already issued expire. */
    public void disable(String clientId) {
        String token = adminToken();
        JsonArray found = json(expect(send(token, "GET", "/clients?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null), 200, "find " + clientId)).asJsonArray();
        for (JsonValue client : found) {
            JsonObject disabled = JsonText.JSON.createObjectBuilder(client.asJsonObject()).add("enabled", false).build();
            expect(send(token, "PUT", "/clients/" + disabled.getString("id"), disabled.toString()), 204,
                    "disable " + clientId);
        }
    }

    private String adminToken() {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(adminClientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(adminClientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(providerUrl
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return json(expect(response, 200, "admin token")).asJsonObject().getString("access_token");
    }

    private HttpResponse<String> send(String token, String method, String path, String body) {
        String admin = providerUrl.replace("/realms/", "/admin/realms/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return exchange(request);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warning(() -> "Keycloak unreachable: " + e);
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            LOG.warning(() -> "Keycloak: " + what + " answered " + response.statusCode() + " " + response.body());
            throw new LgspException(ErrorCode.SERVICE_UNAVAILABLE);
        }
        return response;
    }

    private static JsonValue json(HttpResponse<String> response) {
        try (var reader = JsonText.JSON.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }
}
