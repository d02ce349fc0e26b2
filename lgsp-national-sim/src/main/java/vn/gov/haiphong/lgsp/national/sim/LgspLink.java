package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How the simulated instance's security server reaches the LGSP as a national caller ({@link OutboundCalls}): its token from the LGSP's Keycloak with the peer's own client
 * ({@link SimulatorSettings#lgspClientId}), the LGSP's address, and the answer a test or a person at the demo reads.
 */
@ApplicationScoped
public class LgspLink {

    /** A member of this instance, {@code GOV/BCA/csdl-dan-cu}. */
    static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.-]{1,64}(/[A-Za-z0-9.-]{1,64}){2}");
    /** A city service, {@code VN/GOV/H24.06/dat-dai/echo}. */
    static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9.-]{1,64}(/[A-Za-z0-9.-]{1,64}){4}");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    SimulatorSettings settings;

    /** The calling member's full identifier, {@code NDXP/GOV/BCA/csdl-dan-cu}. */
    String client(String member) {
        return settings.instance() + "/" + member;
    }

    /** The peer's token at the LGSP's Keycloak (client credentials). */
    String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(settings.lgspClientId())
                + "&client_secret=" + encode(settings.lgspSecret());
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(settings.lgspTokenUrl()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("The LGSP's Keycloak refused the peer's client: " + answer.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    /** The LGSP's address: configured, or this server's own (the simulator is deployed beside the platform). */
    String lgsp(UriInfo uri) {
        return settings.lgspUrl().orElseGet(() -> {
            URI base = uri.getBaseUri();
            return base.getScheme() + "://" + base.getAuthority();
        });
    }

    /** {@code {xroadId, status, xroadError?, requestHash?, body}}: what the LGSP answered. */
    static JsonObject result(String xroadId, int status, String error, String hash, String body) {
        JsonObjectBuilder result = Json.createObjectBuilder().add("xroadId", xroadId).add("status", status)
                .add("body", body);
        if (error != null) {
            result.add("xroadError", error);
        }
        if (hash != null) {
            result.add("requestHash", hash);
        }
        return result.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
