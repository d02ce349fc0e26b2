package vn.gov.haiphong.lgsp.web.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies above {@code lgsp.rest.max-body-bytes} before anything reads them: at once when
 * Content-Length says so, otherwise (chunked) as soon as the stream passes the limit. (The gateway, which
 * forwards larger bodies, is not behind JAX-RS: {@code web.gateway.RestExchange}.)
 */
@Provider
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "lgsp.rest.max-body-bytes", defaultValue = "262144")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLength(declared) > maxBodyBytes) {
            request.abortWith(Problems.response(new PayloadTooLargeException(maxBodyBytes).toLgspException(),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request.getUriInfo().getPath()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBodyBytes));
        }
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Counts what is read and fails past the limit. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
