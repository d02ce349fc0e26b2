package vn.gov.haiphong.lgsp.monitoring;

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
    private static final String SCHEMA_STATE = "SELECT count(*), count(*) FILTER (WHERE NOT success),"
            + " max(version) FILTER (WHERE success) FROM flyway_schema_history";

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
