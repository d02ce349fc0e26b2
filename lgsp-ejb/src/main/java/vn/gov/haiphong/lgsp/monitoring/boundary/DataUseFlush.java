package vn.gov.haiphong.lgsp.monitoring.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.gov.haiphong.lgsp.monitoring.control.DataUseRecorder;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;

/**
 * Makes this node's data-use counts durable ({@code data_use}): every 20 seconds, and once more when the node stops,
 * it drains {@link DataUseRecorder} and adds each count to its minute, hour and day rows in one transaction. A flush
 * that fails puts its counts back for the next one (and says so in the server log): a count is lost only with the
 * node itself, and then at most the last 20 seconds'.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataUseFlush {

    private static final Logger LOG = Logger.getLogger(DataUseFlush.class.getName());
    private static final String UPSERT = "INSERT INTO data_use (span, bucket, client, resource, protocol, node,"
            + " consumer_agency, reads, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (span, bucket, client,"
            + " resource, protocol, node) DO UPDATE SET reads = data_use.reads + EXCLUDED.reads,"
            + " bytes = data_use.bytes + EXCLUDED.bytes";

    @Inject
    DataUseRecorder recorder;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    public void flush() {
        store(recorder.drain());
    }

    @PreDestroy
    void stop() {
        flush();
    }

    private synchronized void store(List<DataUseRecorder.Use> uses) {
        if (uses.isEmpty()) {
            return;
        }
        String node = MonitorJobs.node();
        try (Connection c = dataSource.getConnection()) {
            write(c, uses, node);
        } catch (SQLException | RuntimeException e) {
            recorder.restore(uses);
            LOG.log(Level.WARNING, "Data-use counts not stored (kept for the next flush): " + e.getMessage(), e);
        }
    }

    private static void write(Connection c, List<DataUseRecorder.Use> uses, String node) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            for (DataUseRecorder.Use use : uses) {
                Instant minute = Instant.ofEpochSecond(use.key().minute() * 60);
                for (StatKey.Span span : StatKey.Span.values()) {
                    s.setString(1, span.name());
                    s.setTimestamp(2, Timestamp.from(span.bucketOf(minute)));
                    s.setString(3, use.key().client());
                    s.setString(4, use.key().resource());
                    s.setString(5, use.key().protocol().name());
                    s.setString(6, node);
                    s.setString(7, use.key().consumerAgency());
                    s.setLong(8, use.reads());
                    s.setLong(9, use.bytes());
                    s.addBatch();
                }
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
