package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;

/** Plain HTTP over a socket to the running platform, as any integrator would call it. */
public final class Http {

    public static final String BASE = System.getProperty("lgsp.base-url", "http://127.0.0.1:8180");
    public static final String MANAGEMENT = System.getProperty("lgsp.management-url", "http://127.0.0.1:10090");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FAULT_CODE = Pattern.compile("<lgsp:code>([a-z-]+)</lgsp:code>");

    private Http() {
    }

    public static HttpRequest.Builder request(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl;
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request carrying {@code caller}'s token (see {@link Tokens}); {@code null}: anonymous. */
    public static HttpRequest.Builder as(String caller, String path) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        return caller == null ? request : request.header("Authorization", "Bearer " + Tokens.of(caller));
    }

    /**
     * The HTTP status a refusal stands for: the response's own, or for a SOAP fault (always HTTP 500, WS-I Basic
     * Profile R1126) the status of the platform error its detail names ({@code lgsp:code}).
     */
    public static int refusalStatus(HttpResponse<String> response) {
        Matcher code = FAULT_CODE.matcher(response.body());
        if (response.statusCode() != 500 || !code.find()) {
            return response.statusCode();
        }
        return Arrays.stream(ErrorCode.values())
                .filter(c -> c.slug().equals(code.group(1))).findFirst().map(c -> c.httpStatus()).orElse(500);
    }

    /** A GET by the demo hospital system: reads need an authenticated caller, any will do. */
    public static HttpResponse<String> get(String path) {
        return send(as(Tokens.SYSTEM, path));
    }

    /** The response as bytes, exactly as sent. */
    public static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request by {@code caller} (an empty body is sent as none). */
    public static HttpResponse<String> call(String caller, String method, String path, String body) {
        return send(as(caller, path).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
    }

    public static HttpResponse<String> post(String caller, String path, String body) {
        return call(caller, "POST", path, body);
    }

    /** The response, after checking its status (the body is the failure message). */
    public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    public static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
