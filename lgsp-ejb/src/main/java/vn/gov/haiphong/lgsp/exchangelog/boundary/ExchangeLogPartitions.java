package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The exchange log's monthly partitions exist before they are needed: this month's and next month's, made when the
 * node starts ({@link ExchangeLog}) and every 6 hours, on every node (the function creates a partition only if it is
 * missing, and runs with its owner's rights: the application's role has no DDL right). Dropping old partitions is
 * {@link ExchangeLogRetention}'s.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeLogPartitions {

    private static final Logger LOG = Logger.getLogger(ExchangeLogPartitions.class.getName());

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Schedule(hour = "*/6", persistent = false)
    public void ensure() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT lgsp_exchange_log_partition(current_date),"
                    + " lgsp_exchange_log_partition((current_date + interval '1 month')::date)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not ensure exchange-log partitions: " + e.getMessage());
        }
    }
}
