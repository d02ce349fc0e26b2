package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.boundary.MonitorJobs;
import vn.gov.haiphong.lgsp.monitoring.boundary.Probes;

/**
 * Inside the server: a probe runs once per interval even with three schedulers racing for it — this node's timer and
 * two more threads claiming due jobs as fast as they can, as other nodes would.
 */
@ExtendWith(ArquillianExtension.class)
class ProbeSchedulingIT {

    static final Caller OPERATOR = new Caller("test-operator", "operator", "lgsp-portal", null, Set.of(Roles.OPERATOR));
    static final ServiceId PARCELS = new ServiceId("H24.06", "dat-dai", "tra-cuu-thua-dat", "v1");

    @EJB
    MonitorJobs jobs;

    @EJB
    Probes probes;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ProbeSchedulingIT.class);
    }

    @Test
    void aProbeRunsOncePerIntervalWithSchedulersRacing() throws Exception {
        probes.declare(OPERATOR, PARCELS, new Probes.ProbeDraft(1, 2000, "/thua-dat/12/345?maXa=11311", null, null, 2000));
        Instant start = Instant.now();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        List<Future<Integer>> claimed = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                claimed.add(racers.submit(() -> {
                    int runs = 0;
                    while (Duration.between(start, Instant.now()).toSeconds() < 6) {
                        runs += jobs.runOne().filter(name -> name.startsWith("probe:")).isPresent() ? 1 : 0;
                    }
                    return runs;
                }));
            }
            racers.shutdown();
            assertTrue(racers.awaitTermination(60, TimeUnit.SECONDS));
        } finally {
            probes.remove(OPERATOR, PARCELS);
        }
        Instant end = Instant.now();
        List<Instant> slots = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("SELECT r.slot FROM"
                + " probe_result r JOIN service s ON s.id = r.service_id WHERE s.service_code = 'tra-cuu-thua-dat'"
                + " AND r.probed_at >= ? ORDER BY r.slot")) {
            s.setTimestamp(1, java.sql.Timestamp.from(start));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    slots.add(rs.getTimestamp(1).toInstant());
                }
            }
        }
        assertTrue(slots.size() >= 4, "the probe ran: " + slots);
        // Once per slot, and slots one interval apart: never two runs in one interval.
        assertEquals(slots.size(), slots.stream().distinct().count(), slots.toString());
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(!slots.get(i).isBefore(slots.get(i - 1).plusSeconds(1)), slots.toString());
        }
        assertTrue(slots.size() <= Duration.between(start, end).toSeconds() + 2, slots.size() + " runs in "
                + Duration.between(start, end));
        int byRacers = claimed.get(0).get() + claimed.get(1).get();
        assertTrue(byRacers <= slots.size(), "the racers ran " + byRacers + " of " + slots.size());
    }
}
