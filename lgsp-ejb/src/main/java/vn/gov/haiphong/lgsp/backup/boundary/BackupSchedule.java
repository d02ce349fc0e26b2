package vn.gov.haiphong.lgsp.backup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.monitoring.boundary.MonitorJobs;

/**
 * Backups on a schedule (Quy chế Đ.9.7: periodic): every {@code lgsp.backup.interval-minutes} (1440: daily; 0: none),
 * as a job of the cluster's job table ({@link MonitorJobs}), so that one node takes each — the first one interval
 * after the job is first made, not at every start. A node started with another interval sets it for the cluster.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupSchedule {

    @EJB
    MonitorJobs jobs;

    @Inject
    @ConfigProperty(name = "lgsp.backup.interval-minutes", defaultValue = "1440")
    int intervalMinutes;

    @PostConstruct
    void schedule() {
        if (intervalMinutes > 0) {
            jobs.ensureAfterInterval(Backups.JOB, intervalMinutes * 60);
        } else {
            jobs.remove(Backups.JOB);
        }
    }
}
