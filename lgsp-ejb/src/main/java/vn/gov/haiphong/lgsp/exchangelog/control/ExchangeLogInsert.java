package vn.gov.haiphong.lgsp.exchangelog.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One batch of chained records stored in one statement: every {@link ExchangeLogColumn} travels as one array, the
 * rows are {@code unnest}ed from them, and the node's head ({@code exchange_log_head}) moves to the batch's last
 * record in the same statement — so a batch costs one round trip and, on its own, one commit, whatever its size.
 */
public final class ExchangeLogInsert {

    private static final List<ExchangeLogColumn> COLUMNS = List.of(ExchangeLogColumn.values());

    /**
     * Parameters: 1 the node; 2 … 1 + {@code COLUMNS.size()} one array per column, in the table's order; then the
     * node, seq and hash of the new head.
     */
    static final String SQL = "WITH rows AS (INSERT INTO exchange_log (node, " + names() + ")"
            + " SELECT ?, " + COLUMNS.stream().map(c -> c.column + c.type.cast).collect(Collectors.joining(", "))
            + " FROM unnest(" + COLUMNS.stream().map(c -> "?::" + c.type.element + "[]").collect(Collectors.joining(", "))
            + ") AS t(" + names() + "))"
            + " INSERT INTO exchange_log_head (node, last_seq, last_hash) VALUES (?, ?, ?)"
            + " ON CONFLICT (node) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash";

    private ExchangeLogInsert() {
    }

    /** Inserts the node's records, which must follow its committed head without a gap, and moves the head. */
    public static void execute(Connection c, String node, List<ChainedRecord> rows) throws SQLException {
        Object[][] arrays = arrays(rows);
        ChainedRecord last = rows.get(rows.size() - 1);
        try (PreparedStatement insert = c.prepareStatement(SQL)) {
            int p = 1;
            insert.setString(p++, node);
            for (ExchangeLogColumn column : COLUMNS) {
                insert.setArray(p++, c.createArrayOf(column.type.element, arrays[column.ordinal()]));
            }
            insert.setString(p++, node);
            insert.setLong(p++, last.seq());
            insert.setString(p, last.hash());
            insert.executeUpdate();
        }
    }

    /** The batch as one array per column, in the table's order; each array holds the rows in order. */
    static Object[][] arrays(List<ChainedRecord> rows) {
        Object[][] arrays = new Object[COLUMNS.size()][];
        for (ExchangeLogColumn column : COLUMNS) {
            Object[] values = column.type.newArray(rows.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = column.valueOf(rows.get(i));
            }
            arrays[column.ordinal()] = values;
        }
        return arrays;
    }

    private static String names() {
        return COLUMNS.stream().map(c -> c.column).collect(Collectors.joining(", "));
    }
}
