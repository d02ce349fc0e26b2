package vn.gov.haiphong.lgsp.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.ssl.SSLContexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the platform speaks TLS to providers (the gateway, probes, contract fetches): TLS 1.3 or 1.2 only (Thông tư
 * 39/2017), the provider's certificate checked against {@code lgsp.gateway.truststore} when one is configured — then
 * only the certificates it holds are trusted, not the JVM's public CAs — or against the JVM's default trust otherwise;
 * its host name checked against the certificate either way.
 */
@ApplicationScoped
public class ProviderTls {

    @Inject
    @ConfigProperty(name = "lgsp.gateway.truststore")
    Optional<String> truststore;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.truststore-password")
    Optional<String> password;

    private TlsSocketStrategy strategy;

    @PostConstruct
    void open() {
        strategy = ClientTlsStrategyBuilder.create().setSslContext(context())
                .setTlsVersions(TLS.V_1_3, TLS.V_1_2).buildClassic();
    }

    /** For an HttpClient connection manager: every TLS connection to a provider goes this way. */
    public TlsSocketStrategy socketStrategy() {
        return strategy;
    }

    private SSLContext context() {
        Optional<String> file = truststore.map(String::strip).filter(s -> !s.isEmpty());
        if (file.isEmpty()) {
            return SSLContexts.createSystemDefault();
        }
        try {
            return SSLContextBuilder.create()
                    .loadTrustMaterial(Path.of(file.get()), password.map(String::toCharArray).orElse(null)).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("lgsp.gateway.truststore " + file.get() + " cannot be read: " + e, e);
        }
    }
}
