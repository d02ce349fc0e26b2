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
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the schema up to date before anything serves: the EAR initialises its modules in order
 * and this singleton is the EJB module's first. Flyway holds a PostgreSQL advisory lock while it
 * migrates, so nodes starting together apply each migration exactly once; the others wait.
 * Then Hibernate checks the mapping against the migrated tables, so a mismatch fails the deployment
 * instead of the first request.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/LgspDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    @ConfigProperty(name = "lgsp.schema.validate", defaultValue = "true")
    boolean validateMapping;

    private volatile boolean ready;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.configure(dataSource).load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
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
