package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;

/** How much of an exchange's bodies the gateway takes, and how much of them it keeps in the log. */
@ApplicationScoped
public class GatewayLimits {

    /** The largest body either gateway takes from a caller or from a provider (requests stream; SOAP answers are read whole). */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    /** How much of each body an exchange of a service that keeps bodies keeps (its first bytes). */
    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.max-body-bytes", defaultValue = "1048576")
    int keptBodyBytes;

    /**
     * The largest body a converted call takes or relays (SOAP ↔ REST): converted bodies are held whole, unlike the
     * streamed ones; a larger one is refused (413 / SOAP Fault naming this limit, or the provider's failure).
     */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.conversion.max-body-bytes", defaultValue = "1048576")
    long maxConvertedBytes;

    public long maxConvertedBytes() {
        return maxConvertedBytes;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
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

    /** A digest of one of an exchange's bodies, keeping its first bytes when the service keeps bodies. */
    BodyDigest digest(boolean keepBodies, boolean withSha512) {
        return new BodyDigest(withSha512, keepBodies ? keptBodyBytes : 0);
    }
}
