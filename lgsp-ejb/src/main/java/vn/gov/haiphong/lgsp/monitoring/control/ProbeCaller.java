package vn.gov.haiphong.lgsp.monitoring.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;
import vn.gov.haiphong.lgsp.security.control.ProviderTls;

/**
 * Calls providers for their probes: only where the {@link OutboundPolicy} allows (checked on the URL, and on the
 * addresses each connection uses, as the gateway's client does), no redirects, no retries, within the probe's timeout.
 * Connections are not kept between probes: a probe proves that a new connection can be made.
 */
@ApplicationScoped
public class ProbeCaller {

    @Inject
    OutboundPolicy outbound;

    @Inject
    ProviderTls tls;

    private CloseableHttpClient http;

    @PostConstruct
    void open() {
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(outbound.dnsResolver())
                        .setTlsSocketStrategy(tls.socketStrategy())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setTimeToLive(Timeout.ofSeconds(1)).build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setConnectionReuseStrategy((request, response, context) -> false)
                .build();
    }

    @PreDestroy
    void close() {
        http.close(CloseMode.IMMEDIATE);
    }

    public ProbeOutcome call(ProbeCall probe) {
        String url = probe.url();
        try {
            outbound.check(url);
        } catch (OutboundPolicy.Refused e) {
            return ProbeOutcome.down("address refused by the outbound policy: " + e.getMessage());
        }
        HttpUriRequestBase request;
        if (probe.httpPath() != null) {
            request = new HttpGet(url);
        } else {
            HttpPost post = new HttpPost(url);
            post.setEntity(new StringEntity(probe.soapBody(), ContentType.create("text/xml", "UTF-8")));
            if (probe.soapAction() != null) {
                post.setHeader("SOAPAction", "\"" + probe.soapAction() + "\"");
            }
            request = post;
        }
        Timeout timeout = Timeout.ofMilliseconds(probe.timeoutMs());
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout).build());
        long started = System.nanoTime();
        try {
            return http.execute(request, context, response -> {
                long ms = (System.nanoTime() - started) / 1_000_000;
                EntityUtils.consume(response.getEntity());
                return ProbeOutcome.of(response.getCode(), ms, probe.slowMs());
            });
        } catch (IOException | RuntimeException e) {
            return ProbeOutcome.down(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
