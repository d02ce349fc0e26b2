package vn.gov.haiphong.lgsp.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to this run's database, to prove what was (not) stored and to take it away. */
public final class Database {

    public static final String NAME = System.getProperty("it.db.name");
    private static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    private static final String PORT = System.getProperty("it.db.port", "5432");
    private static final String USER = System.getProperty("it.db.user", "postgres");
    /** The role the server runs as, and the one its migrations run as (wildfly-config/postgresql/roles.sql). */
    public static final String APP = System.getProperty("it.db.app", "lgsp_app");
    public static final String OWNER = System.getProperty("it.db.owner", "lgsp_owner");

    private Database() {
    }

    public static long agencyCount() {
        return queryLong(NAME, "SELECT count(*) FROM agency");
    }

    /** The rows of a table of this run's database. */
    public static long count(String table) {
        return queryLong(NAME, "SELECT count(*) FROM " + table);
    }

    public static long queryLong(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement as the superuser on the maintenance database {@code postgres}. */
    public static void admin(String sql) {
        run("postgres", sql);
    }

    /** The first row of a query on this run's database, by column name. */
    public static java.util.Map<String, Object> row(String sql) {
        try (Connection c = connect(NAME); Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            java.util.Map<String, Object> row = new java.util.HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement on this run's database, as another node (or an operator at psql) would. */
    public static void execute(String sql) {
        run(NAME, sql);
    }

    private static void run(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Runs statements in one transaction as the superuser with triggers switched off
     * ({@code session_replication_role = replica}): what an intruder holding the superuser's password can do, past
     * every append-only trigger.
     */
    public static void tamper(java.util.List<String> statements) {
        try (Connection c = connect(NAME); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL session_replication_role = replica");
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(statements.toString(), e);
        }
    }

    /** A connection to this run's database as another role (trust authentication, as on the test machines). */
    public static Connection connectAs(String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME, role, "");
    }

    /** A connection to this run's database, for tests that arrange or read rows directly. */
    public static Connection connect() throws SQLException {
        return connect(NAME);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, "");
    }
}
