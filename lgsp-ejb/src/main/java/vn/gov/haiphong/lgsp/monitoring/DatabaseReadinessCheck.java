package vn.gov.haiphong.lgsp.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.gov.haiphong.lgsp.schema.SchemaMigrator;

/**
 * Ready only while PostgreSQL answers and the schema is migrated. The pool evicts broken
 * connections (PostgreSQL exception sorter), so the check turns UP again by itself once the
 * database is back, without a restart.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @Inject
    SchemaMigrator schema;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("lgsp-database");
        // A real statement, not isValid(): its failure passes the pool's exception sorter, which
        // evicts the dead connection so that the next check opens a fresh one.
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return response.status(schema.isReady())
                    .withData("schemaMigrated", schema.isReady())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
