package vn.gov.haiphong.lgsp.web.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.gateway.control.ExchangePipeline;
import vn.gov.haiphong.lgsp.gateway.control.GatewayLimits;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;

/**
 * The REST gateway, X-Road message protocol for REST 1.x (DESIGN §4):
 * {@code {METHOD} /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}[/{path}][?query]}.
 * Called by the edge ({@code web.edge}) before the container's security and JAX-RS layers, so the exchange
 * authenticates its caller itself. Each exchange runs through the {@link ExchangePipeline}; {@link RestFront} is its
 * wire format.
 */
@ApplicationScoped
public class RestExchange {

    /** Where the gateway listens (the EAR maps lgsp-web to the context root). */
    public static final String PREFIX = "/r1/";

    @Inject
    ExchangePipeline pipeline;

    @Inject
    BearerTokens tokens;

    @Inject
    GatewayLimits limits;

    /** An answer up to this long is held whole until its record is stored; a longer one is streamed. */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.buffer-bytes", defaultValue = "65536")
    int bufferBytes;

    /**
     * Whether a path (below the context root, decoded) is an exchange: a service address of five segments
     * and any path after it — except the metadata services, which are five segments ending in their name.
     */
    public static boolean isExchange(String path) {
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", 6);
        if (segments.length < 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (segments[i].isEmpty()) {
                return false;
            }
        }
        return segments.length > 5 || !ServiceId.METADATA_CODES.contains(segments[4]);
    }

    /** One exchange, answered in full (also every refusal). */
    public void exchange(HttpServletRequest request, HttpServletResponse response) {
        pipeline.run(new RestFront(request, response, tokens, limits, bufferBytes));
    }
}
