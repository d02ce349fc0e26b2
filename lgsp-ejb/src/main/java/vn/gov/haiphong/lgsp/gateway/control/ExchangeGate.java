package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.http.HeldAnswer;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLog;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;

/**
 * The steps the REST and SOAP gateways share: turning the access decision into the X-Road refusal,
 * sending to the provider within the service's timeout and behind its circuit breaker, and storing
 * the exchange record before anything is released (fail closed).
 *
 * <p>Providers are called with Apache HttpClient 5 (classic, blocking) on the exchange's own thread, from
 * a pool of kept-alive connections: no hand-off to other threads, which the JDK client spent about a
 * quarter of the gateway's CPU on. Nothing is retried or redirected — the gateway relays what the
 * provider answered, once. The service's timeout bounds every wait on the provider (connection from the
 * pool, then each read); connecting has {@code lgsp.gateway.connect-timeout-ms} of its own. A connection is
 * opened only to a port and addresses the {@link OutboundPolicy} allows, checked as the connection is made.
 *
 * <p>An answer held whole is not waited for on the exchange's thread: {@link #answerWhenStored} hands it to
 * {@link HeldAnswer}, and the connection's I/O thread sends it once the record's batch is committed — no
 * thread parks and wakes per exchange (~1.2× the throughput with the log on; docs/performance.md, stop 14).
 */
@ApplicationScoped
public class ExchangeGate {

    /** The largest body either gateway takes from a caller or from a provider (requests stream; SOAP answers are read whole). */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    /** How much of each body an exchange of a service that keeps bodies keeps (its first bytes). */
    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.max-body-bytes", defaultValue = "1048576")
    int keptBodyBytes;

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

    private CloseableHttpClient http;

    @EJB
    ExchangeLog exchangeLog;

    @Inject
    CircuitBreakers breakers;

    @Inject
    OutboundPolicy outbound;

    @PostConstruct
    void open() {
        http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // every new connection goes only to a port and addresses the outbound policy allows
                        .setDnsResolver(outbound.dnsResolver())
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

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** A digest of one of the exchange's bodies, keeping its first bytes when the service keeps bodies. */
    public BodyDigest digest(Exchange x, boolean withSha512) {
        return new BodyDigest(withSha512, x.keepBodies ? keptBodyBytes : 0);
    }

    /**
     * A caller's body, up to {@code lgsp.gateway.max-body-bytes}: refused at once (413) when its declared length
     * ({@code -1}: none) already passes the limit, else failing with {@link BoundedInputStream.TooLarge} once it
     * does while it is read.
     */
    public InputStream requestBody(long declaredLength, InputStream body) {
        if (declaredLength > maxBodyBytes) {
            throw new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, maxBodyBytes);
        }
        return new BoundedInputStream(body, maxBodyBytes);
    }

    /** The service when the decision allows the call; otherwise the refusal to answer with. */
    public ServiceEntry admit(AccessPolicy.Decision decision, Exchange x, String what, Language language) {
        switch (decision.outcome()) {
            case ALLOWED -> {
                x.keepBodies = decision.service().logBodies();
                return decision.service();
            }
            case SERVICE_UNKNOWN -> throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service);
            case CLIENT_UNKNOWN, CLIENT_NOT_CONNECTED -> throw new LgspException(ErrorCode.CLIENT_NOT_CONNECTED, x.client);
            case CLIENT_SUSPENDED -> throw new LgspException(ErrorCode.CLIENT_SUSPENDED, x.client,
                    decision.consumerSuspension());
            case NO_RIGHT -> throw new LgspException(ErrorCode.NO_ACCESS_RIGHT, x.client, what, x.service);
            case PROVIDER_NOT_CONNECTED -> throw new LgspException(ErrorCode.PROVIDER_NOT_CONNECTED, x.service);
            case PROVIDER_SUSPENDED -> throw new LgspException(ErrorCode.PROVIDER_SUSPENDED, x.service,
                    decision.service().provider().suspensionReason());
            case SERVICE_SUSPENDED -> throw new LgspException(ErrorCode.SERVICE_SUSPENDED, x.service,
                    decision.service().suspensionReason());
            case SERVICE_MAINTENANCE -> {
                // the window matched when the decision was made: it is named even if it has ended since
                Maintenance m = decision.maintenance();
                throw new LgspException(ErrorCode.SERVICE_MAINTENANCE, x.service, m.endsAt(),
                        language == Language.EN && m.noticeEn() != null ? m.noticeEn() : m.noticeVi())
                        .retryAfter(Duration.between(Instant.now(), m.endsAt()).toSeconds() + 1);
            }
            default -> {
                ServiceEntry s = decision.service();
                boolean english = language == Language.EN && s.noticeEn() != null;
                throw new LgspException(ErrorCode.SERVICE_DISABLED, x.service, english ? s.noticeEn() : s.noticeVi());
            }
        }
    }

    /**
     * Sends the request to the provider; refuses at once while the service's circuit is open. A caller's
     * body passing its limit while it is sent ({@link BoundedInputStream}) is the caller's 413, not a
     * provider failure. The answer's body must be read or closed, and the answer closed, by the caller.
     */
    public ClassicHttpResponse send(Exchange x, ServiceEntry service, ClassicHttpRequest request) {
        String key = service.serviceId().toString();
        CircuitBreakers.Rule rule = breakers.rule(service);
        if (!breakers.allow(key, rule)) {
            throw new LgspException(ErrorCode.SERVICE_CIRCUIT_OPEN, x.service, rule.openSeconds())
                    .retryAfter(breakers.secondsUntilRetry(key));
        }
        Timeout timeout = Timeout.ofMilliseconds(service.timeoutMs());
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout).build());
        x.forwarded = Instant.now();
        try {
            ClassicHttpResponse answer = http.executeOpen(null, request, context);
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
            throw providerFailed(x, service, e);
        }
    }

    /** The provider's answer body (empty when it has none: 204, 304, HEAD), fed into {@code digest} as it is read. */
    public static InputStream answerBody(ClassicHttpResponse answer, BodyDigest digest) throws IOException {
        HttpEntity entity = answer.getEntity();
        return new DigestingInputStream(entity == null ? InputStream.nullInputStream() : entity.getContent(), digest);
    }

    /**
     * The provider failed while it was called or its answer read: a wait past the service's timeout (read,
     * connect or pool: {@link InterruptedIOException}) is its timeout, anything else its failure.
     */
    public static LgspException providerFailed(Exchange x, ServiceEntry service, IOException e) {
        return e instanceof InterruptedIOException
                ? new LgspException(ErrorCode.SERVICE_TIMEOUT, x.service, service.timeoutMs())
                : new LgspException(ErrorCode.SERVICE_FAILED, x.service, e.getClass().getSimpleName());
    }

    /** Waits for the record's commit; a log that cannot be written fails the exchange. */
    public void store(ExchangeRecord record) {
        await(exchangeLog.append(record));
    }

    private static void await(CompletableFuture<Void> stored) {
        try {
            stored.get();
        } catch (ExecutionException e) {
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        }
    }

    /**
     * Answers {@code body} — status and headers set, nothing written yet — once its record is committed. The
     * request's thread does not wait for the commit when the request has been read to its end
     * ({@link HeldAnswer}): it returns, and {@code logFailed} answers instead (on a worker thread) if the record
     * cannot be stored. Otherwise it waits, and a log failure is thrown as {@code EXCHANGE_LOG_FAILED}.
     */
    public void answerWhenStored(ExchangeRecord record, HttpServletResponse response, byte[] body,
                                 HeldAnswer.Failed logFailed) throws IOException {
        CompletableFuture<Void> stored = exchangeLog.append(record);
        response.setContentLength(body.length);
        if (HeldAnswer.releasable()) {
            HeldAnswer.release(stored, body, logFailed);
            return;
        }
        await(stored);
        response.getOutputStream().write(body);
    }

    /**
     * Logs a refused exchange; answers the refusal to give — the log failure instead if it cannot be logged. The
     * refusal of a log failure itself is handed to the log without waiting: the log has just failed this exchange
     * (or let it wait its 10 s), and waiting again for the refusal's record would only double the caller's wait
     * (a stalled log answered after ~20 s before). It is written if the log recovers; the refusal releases nothing.
     */
    public LgspException refused(Exchange x, LgspException refusal) {
        ExchangeRecord record = x.record(refusal.code().httpStatus(), XRoadErrors.of(refusal.code()), null);
        if (refusal.code() == ErrorCode.EXCHANGE_LOG_FAILED) {
            exchangeLog.append(record);
            return refusal;
        }
        try {
            store(record);
            return refusal;
        } catch (LgspException logFailure) {
            return logFailure;
        }
    }
}
