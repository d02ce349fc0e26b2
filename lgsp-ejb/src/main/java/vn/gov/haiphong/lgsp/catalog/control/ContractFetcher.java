package vn.gov.haiphong.lgsp.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * Fetches a contract from the address a provider gives (http or https only, no redirects, bounded in
 * time by {@code lgsp.catalog.fetch-timeout-ms} and in size by {@code lgsp.catalog.max-document-bytes}).
 */
@ApplicationScoped
public class ContractFetcher {

    @Inject
    @ConfigProperty(name = "lgsp.catalog.fetch-timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @Inject
    @ConfigProperty(name = "lgsp.catalog.max-document-bytes", defaultValue = "2097152")
    int maxBytes;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

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

    /** The document, or a refusal saying why it could not be fetched. */
    public ContractDocument fetch(URI url, String name) {
        String why = null;
        if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            why = "http/https";
        } else {
            try {
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url)
                                .timeout(Duration.ofMillis(timeoutMs)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() != 200) {
                        why = "HTTP " + response.statusCode();
                    } else {
                        byte[] content = body.readNBytes(maxBytes + 1);
                        if (content.length > maxBytes) {
                            throw refusal(name, "contract.too-large", maxBytes);
                        }
                        return new ContractDocument(name, response.headers().firstValue("Content-Type")
                                .orElse("application/octet-stream"), content);
                    }
                }
            } catch (IOException e) {
                why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                why = "interrupted";
            }
        }
        throw refusal(name, "contract.fetch.failed", url, why);
    }

    /** For imports: empty instead of a refusal, so the parser reports the import by name. */
    public Optional<ContractDocument> tryFetch(URI url) {
        try {
            return Optional.of(fetch(url, url.toString()));
        } catch (LgspException e) {
            return Optional.empty();
        }
    }

    private static LgspException refusal(String name, String key, Object... args) {
        ContractProblems problems = new ContractProblems();
        problems.add(name, key, args);
        return problems.refusal();
    }
}
