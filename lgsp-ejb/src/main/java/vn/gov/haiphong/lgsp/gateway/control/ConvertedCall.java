package vn.gov.haiphong.lgsp.gateway.control;

import java.io.IOException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;

/**
 * A call converted between the caller's protocol and the provider's (a service's declared conversion): what its front
 * forwards and relays instead of passing the bodies through. Both bodies are bounded by
 * {@code lgsp.gateway.conversion.max-body-bytes} and held whole, since they are rewritten; the digests are fed the
 * bodies as the caller sent them and as the provider answered them, before conversion.
 */
public interface ConvertedCall {

    /** The provider's request, in its protocol. */
    ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) throws IOException;

    /** The provider's answer (or error) in the caller's protocol; an {@link IOException} is the provider's failure. */
    ExchangeFront.Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest)
            throws IOException;
}
