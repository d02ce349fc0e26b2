package vn.gov.haiphong.lgsp.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the application's database role may do, granted by the migration role after every migration: read and write
 * the platform's tables, except that the append-only ones (the audit, the exchange log and every partition of it,
 * published contracts, the incident log) take no UPDATE, DELETE or TRUNCATE — and no DDL anywhere (it owns nothing; partitions are
 * made and dropped through the two functions of V12). Granted again at each start, so tables added by later
 * migrations are covered without each migration naming the role. When the application and the migrations use one
 * role, nothing is separated and a warning says so.
 */
public final class AppPrivileges {

    private static final Logger LOG = Logger.getLogger(AppPrivileges.class.getName());

    /** Tables whose rows are evidence: a trigger refuses changes, and the application's role has no right to try. */
    static final List<String> APPEND_ONLY = List.of("admin_audit", "exchange_log", "service_document", "incident_log");

    private AppPrivileges() {
    }

    /** The role a connection logs in as. */
    public static String role(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Grants {@code app} its rights, on a connection of the migration role (which owns the schema's objects). */
    public static void grant(Connection migration, String app) throws SQLException {
        if (app.equals(role(migration))) {
            LOG.warning(() -> "The application and the migrations both connect as " + app + ": it may change the "
                    + "schema and, as owner, switch off the append-only triggers. Give LgspDS a role of its own "
                    + "(docs/operations.md)");
            return;
        }
        if (superuser(migration, app)) {
            LOG.warning(() -> "The application connects as " + app + ", a superuser: no privilege separates it from "
                    + "the exchange log's records (docs/operations.md)");
        }
        String role = quoted(migration, app);
        boolean autoCommit = migration.getAutoCommit();
        migration.setAutoCommit(false); // the grants and the revocations become visible together
        try (Statement s = migration.createStatement()) {
            // nodes starting together would otherwise update the same catalog rows at once ("tuple concurrently updated")
            s.execute("SELECT pg_advisory_xact_lock(hashtext('lgsp-app-privileges'))");
            s.execute("GRANT USAGE ON SCHEMA public TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
            s.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM " + role);
            for (String table : APPEND_ONLY) {
                s.execute("REVOKE UPDATE, DELETE ON " + table + " FROM " + role);
            }
            // exchange_log is read and written through the parent only; a partition is no way around its rights
            s.execute("DO $$ DECLARE p regclass; BEGIN FOR p IN SELECT inhrelid::regclass FROM pg_inherits"
                    + " WHERE inhparent = 'exchange_log'::regclass LOOP EXECUTE format('REVOKE ALL ON %s FROM %I', p, "
                    + literal(migration, app) + "); END LOOP; END $$");
            s.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + role);
            s.execute("GRANT EXECUTE ON FUNCTION lgsp_exchange_log_partition(date), lgsp_exchange_log_drop_partition(text)"
                    + " TO " + role);
            migration.commit();
        } catch (SQLException | RuntimeException e) {
            migration.rollback();
            throw e;
        } finally {
            migration.setAutoCommit(autoCommit);
        }
        LOG.info(() -> "Privileges of " + app + " granted: no DDL, no UPDATE/DELETE of " + APPEND_ONLY);
    }

    private static boolean superuser(Connection c, String role) throws SQLException {
        try (var s = c.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = ?")) {
            s.setString(1, role);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String quoted(Connection c, String identifier) throws SQLException {
        return quote(c, "quote_ident", identifier);
    }

    private static String literal(Connection c, String text) throws SQLException {
        return quote(c, "quote_literal", text);
    }

    private static String quote(Connection c, String function, String text) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + function + "(?)")) {
            s.setString(1, text);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
