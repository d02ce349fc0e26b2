package vn.gov.haiphong.lgsp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An information system's access token from the realm, by OAuth 2.0 client credentials (client id = the system's
 * identifier, e.g. {@code H24.10/his}), kept until shortly before it expires. As a {@code Supplier} of the
 * {@code Authorization} header value it plugs into {@link LgspRest} and {@link vn.gov.haiphong.lgsp.client.soap.LgspSoap}.
 */
public final class ClientCredentials implements Supplier<String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final URI tokenUrl;
    private final String form;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param realm the realm's address, e.g. {@code http://127.0.0.1:8280/realms/lgsp}
     */
    public ClientCredentials(String realm, String clientId, String secret) {
        this.tokenUrl = URI.create(realm.replaceAll("/+$", "") + "/protocol/openid-connect/token");
        this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    /** {@code Bearer <access token>}, renewed when it is about to expire. */
    @Override
    public synchronized String get() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            renew();
        }
        return "Bearer " + token;
    }

    private void renew() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("token endpoint " + tokenUrl + ": HTTP " + answer.statusCode() + " "
                        + answer.body());
            }
            JsonNode body = JSON.readTree(answer.body());
            token = body.path("access_token").asText();
            renewAt = Instant.now().plusSeconds(body.path("expires_in").asLong(60)).minus(MARGIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for a token", e);
        }
    }
}
