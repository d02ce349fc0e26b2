package vn.gov.haiphong.lgsp.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.util.Timeout;

/**
 * Where the platform's own outbound HTTP clients are made (contract fetches, calls to national peers): every connection
 * opened only to a port and addresses the {@link OutboundPolicy} allows, checked as it is made; TLS as
 * {@link ProviderTls} speaks it unless the caller brings its own (a peer's client certificate and truststore); bounded
 * in time; no redirects, retries, cookies or cached credentials — each call is made once, as asked.
 */
@ApplicationScoped
public class OutboundClients {

    private static final Timeout CONNECT = Timeout.ofSeconds(5);

    @Inject
    OutboundPolicy outbound;

    @Inject
    ProviderTls tls;

    /** A client whose every wait (connection from the pool, each read, the answer) is at most {@code timeout}. */
    public CloseableHttpClient create(Timeout timeout) {
        return create(timeout, tls.socketStrategy());
    }

    /** As {@link #create(Timeout)}, speaking TLS as {@code strategy} says. */
    public CloseableHttpClient create(Timeout timeout, TlsSocketStrategy strategy) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(outbound.dnsResolver())
                        .setTlsSocketStrategy(strategy)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }
}
