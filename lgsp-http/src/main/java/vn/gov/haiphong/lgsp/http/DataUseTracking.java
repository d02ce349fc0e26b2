package vn.gov.haiphong.lgsp.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.util.function.Function;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;

/**
 * Counts a read of the platform's own data by a system when its answer is complete (Quy chế Đ.11.5): the place that
 * authenticates the caller starts tracking, and once the exchange ends a successful answer (status below 400) is
 * counted with the bytes actually sent. Once per exchange, however many places start it (an edge that knows the token
 * and the container's chain behind it); a caller that is no system is not tracked at all.
 */
public final class DataUseTracking {

    private static final AttachmentKey<Boolean> TRACKED = AttachmentKey.create(Boolean.class);

    private DataUseTracking() {
    }

    /**
     * @param resource what the exchange read, asked when it ends ({@code code-lists/dan-toc}); null: nothing counted
     */
    public static void track(HttpServerExchange exchange, Caller caller, DataUseRecorder.Protocol protocol,
                             Function<HttpServerExchange, String> resource, DataUseRecorder recorder) {
        if (exchange == null || !DataUseRecorder.counts(caller) || exchange.putAttachment(TRACKED, Boolean.TRUE) != null) {
            return;
        }
        exchange.addExchangeCompleteListener((done, next) -> {
            try {
                if (done.getStatusCode() < 400) {
                    recorder.record(caller, resource.apply(done), protocol, done.getResponseBytesSent());
                }
            } finally {
                next.proceed();
            }
        });
    }
}
