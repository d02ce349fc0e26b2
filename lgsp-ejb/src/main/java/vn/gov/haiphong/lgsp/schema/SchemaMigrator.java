package vn.gov.haiphong.lgsp.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date before anything serves: the EAR initialises its modules in order
 * and this singleton is the EJB module's first. Flyway holds a PostgreSQL advisory lock while it
 * migrates, so nodes starting together apply each migration exactly once; the others wait.
 * Migrations run as their own role ({@code LgspMigrationDS}), which then grants the application's role
 * ({@code LgspDS}) what it may do ({@link AppPrivileges}).
 * Then Hibernate checks the mapping against the migrated tables, so a mismatch fails the deployment
 * instead of the first request.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** The migration role's datasource: owns the schema; used for Flyway and the grants, then left idle. */
    @Resource(lookup = "java:jboss/datasources/LgspMigrationDS")
    DataSource migrations;

    /** The application's datasource: only asked which role it logs in as. */
    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource application;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    @ConfigProperty(name = "lgsp.schema.validate", defaultValue = "true")
    boolean validateMapping;

    private volatile boolean ready;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.configure(migrations).load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        try (Connection app = application.getConnection(); Connection owner = migrations.getConnection()) {
            AppPrivileges.grant(owner, AppPrivileges.role(app));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's privileges: " + e.getMessage(), e);
        }
        if (validateMapping) {
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
            LOG.info("JPA mapping validated against the migrated schema");
        }
        ready = true;
    }

    /** Whether the schema was migrated (and validated) by this node. */
    public boolean isReady() {
        return ready;
    }
}
