package vn.gov.haiphong.lgsp.demo.provider;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The demo provider's REST services, at the root of its context {@code /demo-provider}. */
@ApplicationPath("/")
public class ProviderApplication extends Application {
}
