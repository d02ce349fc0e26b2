package vn.gov.haiphong.lgsp.catalog.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.security.control.OutboundClients;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;

/**
 * Fetches a contract from the address a provider gives: only where the {@link OutboundPolicy} allows
 * (checked on the URL, and again on the addresses the connection uses), no redirects, bounded in time by
 * {@code lgsp.catalog.fetch-timeout-ms} and in size by {@code lgsp.catalog.max-document-bytes}.
 *
 * <p>Every failure — refused address, no connection, timeout, a status other than 200 — gives the caller the
 * same message: what an address answered, or that it did not, would otherwise let a caller map the
 * platform's network through it. The reason goes to the server log.
 */
@ApplicationScoped
public class ContractFetcher {

    private static final Logger LOG = Logger.getLogger(ContractFetcher.class.getName());

    @Inject
    @ConfigProperty(name = "lgsp.catalog.fetch-timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @Inject
    @ConfigProperty(name = "lgsp.catalog.max-document-bytes", defaultValue = "2097152")
    int maxBytes;

    @Inject
    OutboundPolicy outbound;

    @Inject
    OutboundClients clients;

    private CloseableHttpClient http;

    @PostConstruct
    void open() {
        http = clients.create(Timeout.ofMilliseconds(timeoutMs));
    }

    @PreDestroy
    void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** A contract document given as text (uploaded), under the same size limit as a fetched one. */
    public ContractDocument uploaded(String name, String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw refusal(name, "contract.too-large", maxBytes);
        }
        String mediaType = name.endsWith(".yaml") ? "application/yaml"
                : name.endsWith(".json") ? "application/json" : "text/xml";
        return new ContractDocument(name, mediaType, bytes);
    }

    /** The document, or the one refusal that says it could not be fetched. */
    public ContractDocument fetch(URI url, String name) {
        String why;
        try {
            outbound.check(url.toString());
            why = null;
        } catch (OutboundPolicy.Refused e) {
            why = e.getMessage();
        }
        if (why == null) {
            try {
                ContractDocument document = http.execute(new HttpGet(url), response -> read(response, name));
                if (document != null) {
                    return document;
                }
                why = "answered other than 200";
            } catch (LgspException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                why = e.toString();
            }
        }
        String reason = why;
        LOG.info(() -> "Contract not fetched from " + url + ": " + reason);
        throw refusal(name, "contract.fetch.failed", url);
    }

    /** For imports: empty instead of a refusal, so the parser reports the import by name. */
    public Optional<ContractDocument> tryFetch(URI url) {
        try {
            return Optional.of(fetch(url, url.toString()));
        } catch (LgspException e) {
            return Optional.empty();
        }
    }

    /** The document when the answer is a 200 within the size limit; null for any other status. */
    private ContractDocument read(ClassicHttpResponse response, String name) throws IOException {
        if (response.getCode() != 200 || response.getEntity() == null) {
            return null;
        }
        try (InputStream body = response.getEntity().getContent()) {
            byte[] content = body.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw refusal(name, "contract.too-large", maxBytes);
            }
            Header type = response.getFirstHeader("Content-Type");
            return new ContractDocument(name, type == null ? "application/octet-stream" : type.getValue(), content);
        }
    }

    private static LgspException refusal(String name, String key, Object... args) {
        ContractProblems problems = new ContractProblems();
        problems.add(name, key, args);
        return problems.refusal();
    }
}
