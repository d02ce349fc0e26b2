package vn.gov.haiphong.lgsp.ws.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.gateway.control.ExchangePipeline;
import vn.gov.haiphong.lgsp.gateway.control.GatewayLimits;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * The SOAP gateway, X-Road message protocol 4.0 (DESIGN §4): {@code POST /ws/gateway} with a SOAP 1.1 or 1.2
 * envelope whose header names {@code xrd:client} (the authenticated system itself), {@code xrd:service},
 * {@code xrd:id}, {@code xrd:userId}, {@code xrd:issue}, {@code xrd:protocolVersion} 4.0. Each exchange runs through
 * the {@link ExchangePipeline}; {@link SoapFront} is its wire format. A message addressed to the metadata services
 * ({@code listMethods}, {@code allowedMethods}, {@code getWsdl} of a provider subsystem) is answered here by
 * {@link SoapMetadataAnswers} and logged, never forwarded. Called by the edge ({@link SoapEdgeExtension}) before the
 * container's security layer, or by the {@link SoapGateway} servlet when the edge is not in front.
 */
@ApplicationScoped
public class SoapExchange {

    @Inject
    ExchangePipeline pipeline;

    @Inject
    SoapAuthenticator authenticator;

    @Inject
    SoapMetadataAnswers metadata;

    @Inject
    GatewayLimits limits;

    /** How much of a message is read and scanned before anything is forwarded: all of a plain one. */
    @Inject
    @ConfigProperty(name = "lgsp.gateway.soap.scan-bytes", defaultValue = "1048576")
    int scanBytes;

    /** One exchange, answered in full (also every refusal, as a SOAP fault). */
    public void exchange(HttpServletRequest request, HttpServletResponse response) {
        pipeline.run(new SoapFront(request, response, authenticator, metadata, limits, scanBytes));
    }
}
