package vn.gov.haiphong.lgsp.common.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers and the schema has been migrated without a failed step.
 * A real statement is used, not {@code isValid()}: its failure passes the pool's PostgreSQL
 * exception sorter, which evicts the dead connection, so the check turns UP again by itself once
 * the database is back, without a restart.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;
    /**
     * Flyway keeps versions as text ("9", "11", "2.1"): the newest is the greatest as numbers, part by part,
     * not as text (where "9" > "11"). Repeatable migrations have no version and do not count.
     */
    static final String SCHEMA_STATE = "SELECT count(*), count(*) FILTER (WHERE NOT success),"
            + " (SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
            + " ORDER BY string_to_array(version, '.')::numeric[] DESC LIMIT 1) FROM flyway_schema_history";

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("lgsp-database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = statement.executeQuery(SCHEMA_STATE)) {
                rs.next();
                boolean migrated = rs.getLong(1) > 0 && rs.getLong(2) == 0;
                return response.status(migrated)
                        .withData("schemaVersion", String.valueOf(rs.getString(3)))
                        .withData("failedMigrations", rs.getLong(2))
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
