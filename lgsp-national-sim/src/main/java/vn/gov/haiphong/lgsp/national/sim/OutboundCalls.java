package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * {@code POST /outbound?member=GOV/BCA/csdl-dan-cu&service=VN/GOV/H24.06/dat-dai/echo&path=/x[&query=a%3D1]}: the simulated
 * instance's security server calls a city service through the LGSP for one of its members, as a national caller
 * would — a token from the LGSP's Keycloak with the peer's own client ({@link SimulatorSettings#lgspClientId}), then
 * {@code GET /r1/{service}{path}} naming the member in {@code X-Road-Client}. The call is journalled here (the member as
 * the client, the LGSP's request hash) and answered as {@code {xroadId, status, xroadError, requestHash, body}}.
 * A test or a person at the demo triggers it; a real national platform's callers are its members' own systems.
 */
@Path("outbound")
@Produces(MediaType.APPLICATION_JSON)
public class OutboundCalls {

    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.-]{1,64}(/[A-Za-z0-9.-]{1,64}){2}");
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9.-]{1,64}(/[A-Za-z0-9.-]{1,64}){4}");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]*)*");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~=&%-]*");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    SimulatorSettings settings;

    @Inject
    Journal journal;

    @Context
    UriInfo uri;

    @POST
    public JsonObject call(@QueryParam("member") String member, @QueryParam("service") String service,
                           @QueryParam("path") String path, @QueryParam("query") String query,
                           @QueryParam("xroadId") String givenId)
            throws IOException, InterruptedException {
        String operation = path == null ? "" : path;
        if (member == null || !MEMBER.matcher(member).matches() || service == null
                || !SERVICE.matcher(service).matches() || !PATH.matcher(operation).matches()
                || (query != null && !QUERY.matcher(query).matches())) {
            throw new BadRequestException("member (GOV/BCA/csdl-dan-cu), service (VN/GOV/H24.06/dat-dai/echo), path,"
                    + " query");
        }
        String client = settings.instance() + "/" + member;
        String xroadId = XRoadMessage.id(givenId);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(lgsp() + "/r1/" + service + operation
                        + (query == null || query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token())
                .header("X-Road-Client", client).header("X-Road-Id", xroadId).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String hash = answer.headers().firstValue("X-Road-Request-Hash").orElse(null);
        String error = answer.headers().firstValue("X-Road-Error").orElse(null);
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, null, null, service,
                "GET " + (operation.isEmpty() ? "/" : operation), answer.statusCode(), error, hash, null));
        JsonObjectBuilder result = Json.createObjectBuilder().add("xroadId", xroadId).add("status", answer.statusCode())
                .add("body", answer.body());
        if (error != null) {
            result.add("xroadError", error);
        }
        if (hash != null) {
            result.add("requestHash", hash);
        }
        return result.build();
    }

    /** The peer's token at the LGSP's Keycloak (client credentials). */
    private String token() throws IOException, InterruptedException {
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
    private String lgsp() {
        return settings.lgspUrl().orElseGet(() -> {
            URI base = uri.getBaseUri();
            return base.getScheme() + "://" + base.getAuthority();
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
