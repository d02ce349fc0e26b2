package vn.gov.haiphong.lgsp.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the node's one {@link OutboundPolicy} from MicroProfile Config, once at start. The node's own
 * management ports (HTTP and HTTPS, shifted by the socket-binding offset, as WildFly computes them) are
 * always denied: nothing the platform forwards to or fetches from is ever there.
 */
@ApplicationScoped
public class OutboundSettings {

    @Inject
    @ConfigProperty(name = "lgsp.outbound.allowed-schemes", defaultValue = "http,https")
    List<String> schemes;

    /** {@code *} (any host with an ordinary address), names, {@code *.suffix}, addresses, CIDR blocks. */
    @Inject
    @ConfigProperty(name = "lgsp.outbound.allowed-hosts", defaultValue = "*")
    List<String> hosts;

    @Inject
    @ConfigProperty(name = "lgsp.outbound.denied-ports")
    Optional<List<Integer>> deniedPorts;

    @Produces
    @Singleton
    OutboundPolicy policy() {
        Set<Integer> denied = new HashSet<>(deniedPorts.orElse(List.of()));
        denied.addAll(managementPorts());
        return new OutboundPolicy(schemes, hosts, denied, InetAddress::getAllByName);
    }

    /** This node's management ports: {@code jboss.management.http(s).port} plus {@code jboss.socket.binding.port-offset}. */
    static Set<Integer> managementPorts() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return Set.of(Integer.getInteger("jboss.management.http.port", 9990) + offset,
                Integer.getInteger("jboss.management.https.port", 9993) + offset);
    }
}
