package vn.gov.haiphong.lgsp.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of a test's own on the test PostgreSQL ({@code test.db.host}, {@code test.db.port}, {@code test.db.user}),
 * named after the test and this process, so that parallel builds do not meet; dropped by {@link #drop}.
 */
public final class TestDatabase {

    private final PGSimpleDataSource admin = dataSource("postgres");
    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** A new, empty database (any one of this name left by an aborted run is dropped first). */
    public static TestDatabase create(String prefix) throws SQLException {
        TestDatabase db = new TestDatabase(prefix + "_" + ProcessHandle.current().pid());
        execute(db.admin, "DROP DATABASE IF EXISTS " + db.name + " WITH (FORCE)");
        execute(db.admin, "CREATE DATABASE " + db.name);
        return db;
    }

    /** A new database with the schema of {@code sql/}. */
    public static TestDatabase migrated(String prefix) throws SQLException {
        TestDatabase db = create(prefix);
        Migrations.configure(db.dataSource()).load().migrate();
        return db;
    }

    public PGSimpleDataSource dataSource() {
        return dataSource(name);
    }

    public void execute(String sql) throws SQLException {
        execute(dataSource(), sql);
    }

    public void drop() throws SQLException {
        execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {System.getProperty("test.db.host", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.getInteger("test.db.port", 5432)});
        ds.setUser(System.getProperty("test.db.user", "postgres"));
        ds.setDatabaseName(database);
        return ds;
    }

    private static void execute(PGSimpleDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
