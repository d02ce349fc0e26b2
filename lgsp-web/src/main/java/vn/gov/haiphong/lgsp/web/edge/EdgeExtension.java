package vn.gov.haiphong.lgsp.web.edge;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import vn.gov.haiphong.lgsp.common.cdi.LazyBean;
import vn.gov.haiphong.lgsp.http.CredentialGuard;

/**
 * Installs the {@link CredentialGuard} first of all (a request with two credentials or a header that splits is
 * refused before anything reads it), then the {@link EdgeHandler} as an outer handler of this deployment: after Undertow has chosen the
 * deployment, dispatched to a worker thread and set up the request's context (class loader, naming, CDI),
 * before the security handlers (Elytron OIDC) and the servlets; and the {@link KnownAnswerHandler} as an
 * initial handler, on the I/O thread, for code-list reads it can answer without any of that. Registered in
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class EdgeExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        LazyBean<CachedReads> reads = new LazyBean<>(() -> CDI.current().select(CachedReads.class).get());
        deployment.addInitialHandlerChainWrapper(next -> new KnownAnswerHandler(next, reads));
        // added last, so outermost: nothing reads a credential before the guard has seen the request
        deployment.addInitialHandlerChainWrapper(next -> new CredentialGuard(next, new ProblemRefusal()));
        deployment.addOuterHandlerChainWrapper(next -> new EdgeHandler(next, reads));
    }
}
