package vn.gov.haiphong.lgsp.exchangelog.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Something kept with the exchange log: called by the log's writer with each batch of records after they are
 * inserted and before the batch commits, on the same connection — what it writes commits or rolls back with them.
 */
public interface BatchListener {
    void written(List<ExchangeRecord> batch, Connection connection) throws SQLException;
}
