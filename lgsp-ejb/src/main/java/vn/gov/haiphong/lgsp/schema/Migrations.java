package vn.gov.haiphong.lgsp.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The one Flyway configuration, shared by the server and the migration tests. */
public final class Migrations {

    /** Where the build puts the scripts of {@code sql/}. */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table("flyway_schema_history")
                // A node must never roll the schema back, nor start on one it does not know.
                .cleanDisabled(true)
                .outOfOrder(false)
                .validateMigrationNaming(true)
                // Nodes starting together wait for the one holding the lock (up to 10 minutes).
                .lockRetryCount(600);
    }
}
