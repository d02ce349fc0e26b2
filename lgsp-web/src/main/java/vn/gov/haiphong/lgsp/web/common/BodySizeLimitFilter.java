package vn.gov.haiphong.lgsp.web.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;

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
            request.abortWith(Problems.response(new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, maxBodyBytes),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), request.getUriInfo().getPath()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes));
        }
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
