package vn.gov.haiphong.lgsp.backup.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.system.control.KeycloakClients;

/**
 * Runs a claimed backup in the background (the request that asked for it is answered at once): exports the Keycloak
 * realm where Keycloak answers, runs {@link BackupScript}, refreshes the run's heartbeat while it works, and records
 * how it ended. A run longer than {@code lgsp.backup.timeout-minutes} is stopped and recorded as failed.
 */
@ApplicationScoped
public class BackupRunner {

    private static final Logger LOG = Logger.getLogger(BackupRunner.class.getName());
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** The end of the script's output kept with a failed run. */
    private static final int OUTPUT_TAIL = 1500;

    @Resource
    ManagedExecutorService executor;

    @EJB
    BackupLedger ledger;

    @Inject
    BackupScript script;

    @Inject
    KeycloakClients keycloak;

    @Inject
    @ConfigProperty(name = "lgsp.backup.timeout-minutes", defaultValue = "60")
    long timeoutMinutes;

    /** Runs the claimed backup in the background. */
    public void start(String id, String purpose, String takenBy) {
        executor.execute(() -> run(id, purpose, takenBy));
    }

    void run(String id, String purpose, String takenBy) {
        Path realm = null;
        Path output = null;
        String error = null;
        try {
            realm = realmExport(id);
            output = Files.createTempFile("lgsp-backup-", ".log");
            Process process = script.start(id, purpose, takenBy, realm, output);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(timeoutMinutes);
            while (!process.waitFor(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS)) {
                ledger.heartbeat(id);
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException("bin/backup ran past lgsp.backup.timeout-minutes=" + timeoutMinutes);
                }
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                error = "bin/backup exited " + process.exitValue() + ": "
                        + log.substring(Math.max(0, log.length() - OUTPUT_TAIL)).strip();
            }
            LOG.info(() -> "Backup " + id + ":\n" + log);
        } catch (IOException | RuntimeException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted (the server stopped)";
        } finally {
            delete(realm);
            delete(output);
        }
        if (error != null) {
            String why = error;
            LOG.warning(() -> "Backup " + id + " failed: " + why);
        }
        ledger.finish(id, error);
    }

    /** The realm's export in a file, or null when there is no admin client or Keycloak does not answer. */
    private Path realmExport(String id) throws IOException {
        Optional<String> exported;
        try {
            exported = keycloak.realmExport();
        } catch (LgspException e) {
            LOG.warning(() -> "Backup " + id + " goes without the Keycloak realm: Keycloak did not answer its export");
            return null;
        }
        if (exported.isEmpty()) {
            LOG.info(() -> "Backup " + id + " goes without the Keycloak realm: no admin client is configured");
            return null;
        }
        Path file = Files.createTempFile("lgsp-realm-", ".json");
        Files.writeString(file, exported.get(), StandardCharsets.UTF_8);
        return file;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not delete " + file, e);
            }
        }
    }
}
