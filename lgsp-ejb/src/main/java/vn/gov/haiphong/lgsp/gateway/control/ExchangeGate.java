package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLog;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/**
 * The steps the REST and SOAP gateways share: turning the access decision into the X-Road refusal,
 * sending to the provider within the service's timeout and behind its circuit breaker, and storing
 * the exchange record before anything is released (fail closed).
 */
@ApplicationScoped
public class ExchangeGate {

    private static final int LOG_WAIT_SECONDS = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @EJB
    ExchangeLog exchangeLog;

    @Inject
    CircuitBreakers breakers;

    /** The service when the decision allows the call; otherwise the refusal to answer with. */
    public ServiceEntry admit(AccessPolicy.Decision decision, Exchange x, String what, Language language) {
        switch (decision.outcome()) {
            case ALLOWED -> {
                return decision.service();
            }
            case SERVICE_UNKNOWN -> throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service);
            case CLIENT_UNKNOWN, CLIENT_NOT_CONNECTED -> throw new LgspException(ErrorCode.CLIENT_NOT_CONNECTED, x.client);
            case CLIENT_SUSPENDED -> throw new LgspException(ErrorCode.CLIENT_SUSPENDED, x.client,
                    decision.consumerSuspension());
            case NO_RIGHT -> throw new LgspException(ErrorCode.NO_ACCESS_RIGHT, x.client, what, x.service);
            case SERVICE_SUSPENDED -> throw new LgspException(ErrorCode.SERVICE_SUSPENDED, x.service,
                    decision.service().suspensionReason());
            case SERVICE_MAINTENANCE -> {
                Maintenance m = decision.service().maintenanceAt(Instant.now()).orElseThrow();
                throw new LgspException(ErrorCode.SERVICE_MAINTENANCE, x.service, m.endsAt(),
                        language == Language.EN && m.noticeEn() != null ? m.noticeEn() : m.noticeVi());
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
     * provider failure.
     */
    public HttpResponse<InputStream> send(Exchange x, ServiceEntry service, HttpRequest.Builder request) {
        String key = service.serviceId().toString();
        if (!breakers.allow(key)) {
            throw new LgspException(ErrorCode.SERVICE_CIRCUIT_OPEN, x.service, breakers.openSeconds());
        }
        request.timeout(Duration.ofMillis(service.timeoutMs()));
        x.forwarded = Instant.now();
        try {
            HttpResponse<InputStream> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() >= 500) {
                breakers.failed(key);
            } else {
                breakers.succeeded(key);
            }
            return answer;
        } catch (HttpTimeoutException e) {
            breakers.failed(key);
            throw new LgspException(ErrorCode.SERVICE_TIMEOUT, x.service, service.timeoutMs());
        } catch (IOException e) {
            BoundedInputStream.TooLarge tooLarge = Failures.causeOf(e, BoundedInputStream.TooLarge.class);
            if (tooLarge != null) {
                throw tooLarge.toLgspException();
            }
            breakers.failed(key);
            throw new LgspException(ErrorCode.SERVICE_FAILED, x.service, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.SERVICE_FAILED, x.service, "interrupted");
        }
    }

    /** Waits for the record's commit; a log that cannot be written fails the exchange. */
    public void store(ExchangeRecord record) {
        try {
            exchangeLog.append(record).get(LOG_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException(ErrorCode.EXCHANGE_LOG_FAILED);
        }
    }

    /** Logs a refused exchange; answers the refusal to give — the log failure instead if it cannot be logged. */
    public LgspException refused(Exchange x, LgspException refusal) {
        try {
            store(x.record(refusal.code().httpStatus(), XRoadErrors.of(refusal.code()), 0, null));
            return refusal;
        } catch (LgspException logFailure) {
            return logFailure;
        }
    }
}
