package vn.gov.haiphong.lgsp.national.sim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The simulator's REST side: the token endpoint, the X-Road REST services and metadata, the journal. */
@ApplicationPath("/")
public class SimulatorApplication extends Application {
}
