package vn.gov.haiphong.lgsp.client.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import jakarta.xml.ws.handler.MessageContext;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeListPortType;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeListService;
import vn.gov.haiphong.lgsp.client.soap.meta.MetaPortType;
import vn.gov.haiphong.lgsp.client.soap.meta.MetaService;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryService;

/**
 * Ports of the platform's SOAP services (Metro), ready to call: the registry, code-list and meta services at
 * {@code <base>/ws/…}, and any provider's port (generated from the WSDL {@code getWsdl} hands out) pointed at the
 * gateway with the X-Road headers set for the caller. The contracts are read from this jar, never from a server.
 *
 * <pre>{@code
 * LgspSoap lgsp = new LgspSoap("https://lgsp.haiphong.gov.vn", () -> "Bearer " + token());
 * Agency agency = lgsp.registry().getAgency(request);
 * }</pre>
 */
public final class LgspSoap {

    private final String base;
    private final Supplier<String> authorization;

    /**
     * @param base          the platform's address, e.g. {@code http://localhost:8080}
     * @param authorization the {@code Authorization} header of each call: {@code Bearer <token>} (a fresh token
     *                      when the supplier is asked again) or, for legacy systems, {@code Basic …}
     */
    public LgspSoap(String base, Supplier<String> authorization) {
        this.base = base.replaceAll("/+$", "");
        this.authorization = authorization;
    }

    public RegistryPortType registry() {
        return at(new RegistryService().getRegistryPort(), "/ws/RegistryService");
    }

    public CodeListPortType codeLists() {
        return at(new CodeListService().getCodeListPort(), "/ws/CodeListService");
    }

    public MetaPortType meta() {
        return at(new MetaService().getMetaPort(), "/ws/MetaService");
    }

    /**
     * A provider's port called through {@code /ws/gateway}: the X-Road headers are added to every request and
     * what the gateway echoes is kept in them.
     */
    public <P> P throughGateway(P port, XRoadHeaders headers) {
        at(port, "/ws/gateway");
        BindingProvider binding = (BindingProvider) port;
        @SuppressWarnings("rawtypes")
        List<Handler> chain = new ArrayList<>(binding.getBinding().getHandlerChain());
        chain.add(headers);
        binding.getBinding().setHandlerChain(chain);
        return port;
    }

    /** Points a port at {@code path} of the platform with the caller's credentials. */
    private <P> P at(P port, String path) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, base + path);
        context.put(MessageContext.HTTP_REQUEST_HEADERS, new CredentialHeaders(authorization));
        return port;
    }

    /**
     * The HTTP headers Metro adds to each request, read anew at every call: the {@code Authorization} the supplier
     * gives now (a token renewed by the caller is used from the next call on).
     */
    private static final class CredentialHeaders extends AbstractMap<String, List<String>> {

        private final Supplier<String> authorization;

        CredentialHeaders(Supplier<String> authorization) {
            this.authorization = authorization;
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            return Set.of(Map.entry("Authorization", List.of(authorization.get())));
        }
    }
}
