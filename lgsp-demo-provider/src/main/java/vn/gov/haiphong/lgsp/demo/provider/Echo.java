package vn.gov.haiphong.lgsp.demo.provider;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Answers what it received (for the tests and the benchmark): method, path, query, headers, body length and
 * SHA-256. {@code ?status=} answers that status, {@code ?delayMs=} waits first, {@code ?bytes=} answers that
 * many bytes (streamed; {@code ?stallMs=} stops that long after the first 64 KiB, to stall mid-answer).
 * {@code /test/calls} counts the calls the demo provider has had (REST and SOAP).
 */
@Path("test")
public class Echo {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Path("calls")
    public String calls() {
        return Long.toString(Calls.total());
    }

    @GET
    @Path("echo{path: (/.*)?}")
    public Response get() throws IOException {
        return echo(InputStream.nullInputStream());
    }

    @HEAD
    @Path("echo{path: (/.*)?}")
    public Response head() throws IOException {
        return echo(InputStream.nullInputStream());
    }

    @POST
    @Path("echo{path: (/.*)?}")
    public Response post(InputStream body) throws IOException {
        return echo(body);
    }

    @PUT
    @Path("echo{path: (/.*)?}")
    public Response put(InputStream body) throws IOException {
        return echo(body);
    }

    @PATCH
    @Path("echo{path: (/.*)?}")
    public Response patch(InputStream body) throws IOException {
        return echo(body);
    }

    @DELETE
    @Path("echo{path: (/.*)?}")
    public Response delete(InputStream body) throws IOException {
        return echo(body);
    }

    private Response echo(InputStream body) throws IOException {
        Calls.count();
        MessageDigest sha256 = sha256();
        long length = 0;
        byte[] buffer = new byte[16384];
        for (int n; (n = body.read(buffer)) > 0; ) {
            sha256.update(buffer, 0, n);
            length += n;
        }
        pause(number("delayMs", 0));
        int status = (int) number("status", 200);
        long bytes = number("bytes", -1);
        long stall = number("stallMs", 0);
        if (bytes >= 0) {
            return Response.status(status).type("application/octet-stream").entity((StreamingOutput) out -> {
                byte[] chunk = new byte[65536];
                Arrays.fill(chunk, (byte) 'x');
                for (long left = bytes; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    if (stall > 0 && left == bytes) {
                        out.flush();
                        pause(stall);
                    }
                }
            }).build();
        }
        JsonObjectBuilder received = Json.createObjectBuilder();
        headers.getRequestHeaders().forEach((name, values) -> received.add(name.toLowerCase(), String.join(",", values)));
        return Response.status(status).type("application/json").header("X-Provider", "demo")
                .header("Connection", "keep-alive")
                .entity(Json.createObjectBuilder().add("method", request.getMethod())
                        .add("path", uri.getRequestUri().getRawPath())
                        .add("query", String.valueOf(uri.getRequestUri().getRawQuery()))
                        .add("headers", received).add("bodyBytes", length)
                        .add("bodySha256", length == 0 ? "" : HexFormat.of().formatHex(sha256.digest())).build())
                .build();
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long number(String name, long otherwise) {
        String value = uri.getQueryParameters().getFirst(name);
        return value == null ? otherwise : Long.parseLong(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
