package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cluster discovery goes through the platform's database (JGroups JDBC_PING, wildfly-config/cli/60-clustering.cli),
 * not multicast: the node has announced itself in this run's database — so only nodes sharing it can join its
 * cluster (with MPING this test server joined any demo node on the same machine).
 */
@ExtendWith(ArquillianExtension.class)
class ClusterDiscoveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theNodeAnnouncesItselfInItsOwnDatabase() throws SQLException {
        List<String> members = new ArrayList<>();
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement("SELECT ping_data FROM jgroups.ping WHERE cluster_name = ?")) {
            s.setString(1, "ejb"); // the ee channel's cluster, as WildFly names it
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    members.add(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1));
                }
            }
        }
        // Each entry is JGroups' serialised PingData: it carries the node's logical name (jboss.node.name) — this
        // run's server, and the second node ClusterFailoverIT starts on the same database while it lives.
        assertTrue(members.stream().anyMatch(m -> m.contains("lgsp-it") && !m.contains("lgsp-it-2")), members.toString());
        assertTrue(members.stream().allMatch(m -> m.contains("lgsp-it")), "only this run's nodes: " + members);
    }
}
