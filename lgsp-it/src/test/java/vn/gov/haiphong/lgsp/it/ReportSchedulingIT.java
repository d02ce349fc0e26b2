package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.monitoring.boundary.MonitorJobs;
import vn.gov.haiphong.lgsp.report.boundary.ReportSchedule;
import vn.gov.haiphong.lgsp.report.control.ReportCalendar;

/**
 * Inside the server: the scheduled reports are made once per due period even with schedulers racing — this node's
 * timer and two more threads claiming due jobs as fast as they can, as other nodes would. Each round removes the
 * scheduled reports and makes the job due again, so each round has a report to make.
 */
@ExtendWith(ArquillianExtension.class)
class ReportSchedulingIT {

    static final int ROUNDS = 3;

    @EJB
    MonitorJobs jobs;

    @EJB
    WorkingCalendar calendar;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReportSchedulingIT.class);
    }

    @Test
    void eachDueReportIsMadeOnceWithSchedulersRacing() throws Exception {
        List<ReportCalendar.Due> due = ReportCalendar.due(WorkingCalendar.today(), calendar.workingDays());
        long runsBefore = -1;
        for (int round = 0; round < ROUNDS; round++) {
            waitUntilNotRunning();
            if (runsBefore < 0) {
                runsBefore = runs();
            }
            execute("DELETE FROM report_document WHERE report_id IN (SELECT id FROM report WHERE scheduled)");
            execute("DELETE FROM report WHERE scheduled");
            execute("UPDATE monitor_job SET due_at = clock_timestamp() WHERE name = '" + ReportSchedule.JOB + "'");
            Instant start = Instant.now();
            ExecutorService racers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> claimed = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claimed.add(racers.submit(() -> {
                    int runs = 0;
                    while (Duration.between(start, Instant.now()).toSeconds() < 8) {
                        runs += jobs.runOne().filter(ReportSchedule.JOB::equals).isPresent() ? 1 : 0;
                    }
                    return runs;
                }));
            }
            racers.shutdown();
            assertTrue(racers.awaitTermination(120, TimeUnit.SECONDS));
            waitUntilNotRunning(); // the node's own timer may have claimed it and still be writing
            assertTrue(claimed.get(0).get() + claimed.get(1).get() <= 1, "one run per due slot");
            for (ReportCalendar.Due d : due) {
                assertEquals(1, count("SELECT count(*) FROM report WHERE scheduled AND kind = '" + d.kind()
                        + "' AND period_from = DATE '" + d.period().from() + "' AND period_to = DATE '" + d.period().to()
                        + "'"), d + " in round " + round);
            }
            assertEquals(due.size(), count("SELECT count(*) FROM report WHERE scheduled"), "nothing else scheduled");
            assertEquals(2L * due.size(), count("SELECT count(*) FROM report_document d JOIN report r"
                    + " ON r.id = d.report_id WHERE r.scheduled"), "a PDF and a CSV each");
        }
        assertEquals(runsBefore + ROUNDS, runs(), "the job ran once per round, whoever claimed it");
    }

    /** Waits until no scheduler holds the job (its start-up run may still be going). */
    private void waitUntilNotRunning() throws Exception {
        for (int i = 0; i < 600 && count("SELECT count(*) FROM monitor_job WHERE name = '" + ReportSchedule.JOB
                + "' AND due_at > clock_timestamp()") == 0; i++) {
            Thread.sleep(100);
        }
    }

    private long runs() throws SQLException {
        return count("SELECT runs FROM monitor_job WHERE name = '" + ReportSchedule.JOB + "'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
