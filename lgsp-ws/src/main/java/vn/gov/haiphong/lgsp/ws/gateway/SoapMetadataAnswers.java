package vn.gov.haiphong.lgsp.ws.gateway;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.gov.haiphong.lgsp.access.boundary.MetaServices;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.federation.control.PeerMembers;
import vn.gov.haiphong.lgsp.gateway.control.SoapEnvelope;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata.Answer;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata.Method;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata.WsdlRequest;

/**
 * The X-Road SOAP metadata services addressed through {@code /ws/gateway} (PR-META), answered from the same
 * {@link MetaServices} as {@code /r1/…/listMethods} and the {@code MetaService} endpoint: {@code listMethods}
 * (the provider's SOAP services), {@code allowedMethods} (those the calling system may call now),
 * {@code getWsdl} (a SOAP service's WSDL as an attachment, endpoints hidden) — a REST service published as SOAP
 * ({@code REST_AS_SOAP}) is listed and has its generated WSDL. A national peer asks
 * {@code allowedMethods} for the member its message names as {@code xrd:client}.
 */
@ApplicationScoped
public class SoapMetadataAnswers {

    @EJB
    MetaServices meta;

    /** @param message the whole request, already scanned by {@link SoapEnvelope#read} */
    Answer answer(Caller caller, SystemId provider, SoapEnvelope request, byte[] message, String xroadId,
                  String requestHash) {
        SoapMetadata.requireBodyNamesService(request);
        return switch (request.serviceCode()) {
            case "listMethods" -> SoapMetadata.methodList(request, xroadId, requestHash,
                    soapServices(meta.listMethods(provider)));
            case "allowedMethods" -> SoapMetadata.methodList(request, xroadId, requestHash,
                    soapServices(meta.allowedMethods(caller, provider,
                    PeerMembers.isPeer(caller) ? request.client() : null)));
            default -> {
                WsdlRequest asked = SoapMetadata.wsdlRequest(message);
                yield SoapMetadata.wsdl(request, xroadId, requestHash, asked,
                        meta.getWsdl(caller, provider, asked.serviceCode(), asked.serviceVersion()).content());
            }
        };
    }

    /**
     * Over SOAP the method lists name the services a SOAP caller can call: SOAP services, and REST services published
     * as SOAP by a conversion (the other REST services are listed at /r1/).
     */
    private List<Method> soapServices(List<ServiceView> services) {
        return meta.callableIn(ServiceProtocol.SOAP, services).stream()
                .map(s -> new Method(s.serviceCode(), s.version())).toList();
    }
}
