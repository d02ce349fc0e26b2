package vn.gov.haiphong.lgsp.ws.gateway;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Methods;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.haiphong.lgsp.common.cdi.LazyBean;
import vn.gov.haiphong.lgsp.http.CredentialGuard;
import vn.gov.haiphong.lgsp.ws.common.SoapRefusal;
import vn.gov.haiphong.lgsp.ws.common.SoapGatewayPath;

/**
 * The SOAP gateway at the edge: {@code POST /ws/gateway} is answered by {@link SoapExchange} as an outer
 * handler of this deployment — on a worker thread with the request's context set up, before the security
 * handlers and the servlet chain — because it authenticates the caller itself (bearer token verified once
 * and remembered, or HTTP Basic exchanged and remembered). Everything else passes through. In front of all of it,
 * for every path of the deployment, the {@link CredentialGuard} refuses credentials sent twice and headers that
 * split. Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class SoapEdgeExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        LazyBean<SoapExchange> soap = new LazyBean<>(() -> CDI.current().select(SoapExchange.class).get());
        deployment.addInitialHandlerChainWrapper(next -> new CredentialGuard(next, new SoapRefusal()));
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            if (!SoapGatewayPath.PATH.equals(exchange.getRelativePath())
                    || !Methods.POST.equals(exchange.getRequestMethod())) {
                next.handleRequest(exchange);
                return;
            }
            ServletRequestContext request = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            soap.get().exchange((HttpServletRequest) request.getServletRequest(),
                    (HttpServletResponse) request.getServletResponse());
        });
    }
}
