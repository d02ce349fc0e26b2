package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;
import vn.gov.haiphong.lgsp.security.control.ProviderTls;

/**
 * Calls to providers: within the service's timeout and behind its circuit breaker, once.
 *
 * <p>Providers are called with Apache HttpClient 5 (classic, blocking) on the exchange's own thread, from a pool of
 * kept-alive connections: no hand-off to other threads, which the JDK client spent about a quarter of the gateway's
 * CPU on. Nothing is retried or redirected — the gateway relays what the provider answered, once. The service's
 * timeout bounds every wait on the provider (connection from the pool, then each read); connecting has
 * {@code lgsp.gateway.connect-timeout-ms} of its own. A connection is opened only to a port and addresses the
 * {@link OutboundPolicy} allows, checked as the connection is made.
 */
@ApplicationScoped
public class ProviderCalls {

    @Inject
    @ConfigProperty(name = "lgsp.gateway.connect-timeout-ms", defaultValue = "5000")
    int connectTimeoutMs;

    /** Connections kept to providers, in all and to one provider (host and port). */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.provider-connections", defaultValue = "400")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.provider-connections-per-host", defaultValue = "200")
    int maxConnectionsPerHost;

    @Inject
    CircuitBreakers breakers;

    @Inject
    OutboundPolicy outbound;

    @Inject
    ProviderTls tls;

    private CloseableHttpClient http;

    @PostConstruct
    void open() {
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // every new connection goes only to a port and addresses the outbound policy allows
                        .setDnsResolver(outbound.dnsResolver())
                        .setTlsSocketStrategy(tls.socketStrategy())
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnectionsPerHost)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(connectTimeoutMs))
                                // a connection idle this long is checked before reuse: the provider may have closed it
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    @PreDestroy
    void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * Sends the request; refused at once while the service's circuit is open ({@code rule}, as decided). A caller's
     * body passing its limit while it is sent ({@link BoundedInputStream}) is the caller's 413, not the provider's
     * failure. The answer's body must be read or closed, and the answer closed, by the caller.
     *
     * @param name the service as the caller named it, for the refusal
     */
    public ClassicHttpResponse send(ServiceEntry service, CircuitBreakers.Rule rule, String name,
                                    ClassicHttpRequest request) {
        return send(service, rule, name, request, null);
    }

    /**
     * As {@link #send(ServiceEntry, CircuitBreakers.Rule, String, ClassicHttpRequest)}, through {@code via} (a national
     * peer's own client, with the LGSP's client certificate) when it is not null; then a failed TLS session is the
     * peer's refusal of the LGSP ({@code peer-refused}): its certificate not accepted, or the peer's not trusted
     * ({@link #tlsRefused}).
     */
    public ClassicHttpResponse send(ServiceEntry service, CircuitBreakers.Rule rule, String name,
                                    ClassicHttpRequest request, CloseableHttpClient via) {
        String key = service.serviceId().toString();
        if (!breakers.allow(key, rule)) {
            throw new LgspException(ErrorCode.SERVICE_CIRCUIT_OPEN, name, rule.openSeconds())
                    .retryAfter(breakers.secondsUntilRetry(key));
        }
        Timeout timeout = Timeout.ofMilliseconds(service.timeoutMs());
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout).build());
        try {
            ClassicHttpResponse answer = (via == null ? http : via).executeOpen(null, request, context);
            if (answer.getCode() >= 500) {
                breakers.failed(key, rule);
            } else {
                breakers.succeeded(key);
            }
            return answer;
        } catch (IOException e) {
            BoundedInputStream.TooLarge tooLarge = Failures.causeOf(e, BoundedInputStream.TooLarge.class);
            if (tooLarge != null) {
                throw tooLarge.toLgspException();
            }
            breakers.failed(key, rule);
            if (via != null && tlsRefused(e)) {
                throw new LgspException(ErrorCode.PEER_REFUSED, service.serviceId().system().agencyCode().split("/")[0],
                        "the TLS session with the peer failed (" + e.getClass().getSimpleName() + ")");
            }
            throw failed(service, name, e);
        }
    }

    /**
     * Whether a connection that was made ended in TLS's refusal: a TLS error, or the peer closing or resetting the
     * connection before it answered — with TLS 1.3 a server that refuses the client's certificate says so after the
     * handshake and closes, and the client often reads only the closed connection. Failing to connect at all is not.
     */
    static boolean tlsRefused(IOException e) {
        SocketException socket = Failures.causeOf(e, SocketException.class);
        return Failures.causeOf(e, SSLException.class) != null || Failures.causeOf(e, NoHttpResponseException.class) != null
                || socket != null && !(socket instanceof ConnectException) && !(socket instanceof NoRouteToHostException)
                && !(socket instanceof PortUnreachableException);
    }

    /** The provider's answer body (empty when it has none: 204, 304, HEAD), fed into {@code digest} as it is read. */
    public static InputStream answerBody(ClassicHttpResponse answer, BodyDigest digest) throws IOException {
        HttpEntity entity = answer.getEntity();
        return new DigestingInputStream(entity == null ? InputStream.nullInputStream() : entity.getContent(), digest);
    }

    /**
     * The provider failed while it was called or its answer read: a wait past the service's timeout (read, connect
     * or pool: {@link InterruptedIOException}) is its timeout, anything else its failure.
     */
    static LgspException failed(ServiceEntry service, String name, IOException e) {
        return e instanceof InterruptedIOException
                ? new LgspException(ErrorCode.SERVICE_TIMEOUT, name, service.timeoutMs())
                : new LgspException(ErrorCode.SERVICE_FAILED, name, e.getClass().getSimpleName());
    }
}
