package vn.gov.haiphong.lgsp.federation.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import vn.gov.haiphong.lgsp.security.control.OutboundClients;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;

/**
 * The LGSP's own small calls to a peer — its token endpoint and its metadata services — through the platform's
 * outbound clients ({@link OutboundClients}: the outbound policy checked as each connection is made, a short timeout,
 * no redirects and no retries), or the peer's own client when it names a client certificate or a truststore
 * ({@link PeerConnections}). Exchanges forwarded for city systems go through the gateway's provider calls instead.
 */
@ApplicationScoped
public class PeerClient {

    /** A peer's answer that was not a JSON object with a 200: its status, for the refusal. */
    public static final class Failed extends IOException {

        private static final long serialVersionUID = 1L;
        private final int status;

        Failed(int status, String what) {
            super(what + " answered HTTP " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    OutboundPolicy outbound;

    @Inject
    OutboundClients clients;

    @Inject
    PeerConnections connections;

    private CloseableHttpClient http;

    @PostConstruct
    void open() {
        http = clients.create(Timeout.ofSeconds(10));
    }

    @PreDestroy
    void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** Client credentials grant (RFC 6749 §4.4), the client authenticated with HTTP Basic (§2.3.1). */
    public JsonObject token(PeerEntry peer, String secret) throws IOException {
        outbound.check(peer.tokenUrl());
        HttpPost post = new HttpPost(peer.tokenUrl());
        post.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (form(peer.clientId()) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8)));
        post.setEntity(new StringEntity("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED));
        return json(peer, post, "the token endpoint");
    }

    /**
     * A metadata service of the peer ({@code listClients}, {@code listMethods}), in X-Road's JSON; {@code token} null
     * when the peer takes the LGSP's client certificate alone.
     */
    public JsonObject metadata(PeerEntry peer, String url, String token) throws IOException {
        outbound.check(url);
        HttpGet get = new HttpGet(url);
        get.setHeader("Accept", "application/json");
        if (token != null) {
            get.setHeader("Authorization", "Bearer " + token);
        }
        get.setHeader("X-Road-Client", peer.ownClient());
        return json(peer, get, "the peer's metadata service");
    }

    private JsonObject json(PeerEntry peer, ClassicHttpRequest request, String what) throws IOException {
        CloseableHttpClient own = connections.client(peer);
        return (own == null ? http : own).execute(request, response -> {
            if (response.getCode() != 200 || response.getEntity() == null) {
                throw new Failed(response.getCode(), what);
            }
            try (InputStream body = response.getEntity().getContent();
                 JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(body.readNBytes(MAX_BYTES)))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new IOException(what + " answered something other than a JSON object", e);
            }
        });
    }

    /** RFC 6749 §2.3.1: the client id and secret are form-encoded before Basic encoding. */
    private static String form(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
