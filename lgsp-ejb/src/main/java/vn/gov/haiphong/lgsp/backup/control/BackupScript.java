package vn.gov.haiphong.lgsp.backup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code bin/backup} as this server runs it: the script itself travels in this module (the build copies it from
 * {@code bin/}), so a backup asked of the server and one a sysadmin runs by hand are made by the same code. Its
 * settings come from the server's configuration: the database of {@code lgsp.db.url}, dumped as the migration role
 * ({@code lgsp.db.migration.user}) — the owner of every table, including the exchange log's partitions, which the
 * application's own role may not read — the exchange-log checkpoint directory, and the server's configuration
 * directory. Needs {@code bash}, {@code psql} and {@code pg_dump} (at least the server's major version) on the node.
 */
@ApplicationScoped
public class BackupScript {

    private static final String RESOURCE = "backup";

    @Inject
    @ConfigProperty(name = "lgsp.backup.dir")
    Optional<String> backupDir;

    @Inject
    @ConfigProperty(name = "lgsp.backup.keep", defaultValue = "14")
    int keep;

    @Inject
    @ConfigProperty(name = "lgsp.backup.config-dirs")
    Optional<String> configDirs;

    @Inject
    @ConfigProperty(name = "lgsp.exchange-log.checkpoint-dir")
    Optional<String> checkpointDir;

    @Inject
    @ConfigProperty(name = "lgsp.db.url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/lgsp")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "lgsp.db.migration.user", defaultValue = "lgsp_owner")
    String dbUser;

    @Inject
    @ConfigProperty(name = "lgsp.db.migration.password", defaultValue = "postgres")
    String dbPassword;

    /** Where backups go: {@code lgsp.backup.dir}, by default {@code backups/} in the server's data directory. */
    public Path directory() {
        return Path.of(backupDir.orElseGet(() -> System.getProperty("jboss.server.data.dir", ".") + "/backups"));
    }

    /**
     * Starts {@code bin/backup} for this id; its output (and errors) go to {@code output}.
     *
     * @param realmExport a file holding the Keycloak realm's export, or {@code null}
     */
    public Process start(String id, String purpose, String takenBy, Path realmExport, Path output) throws IOException {
        Path work = Files.createDirectories(directory().resolve(".run"));
        Path script = work.resolve("backup");
        try (InputStream in = BackupScript.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bin/backup is missing from the deployment");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), "--id", id,
                "--purpose", purpose == null ? "" : purpose, "--taken-by", takenBy))
                .redirectErrorStream(true).redirectOutput(output.toFile()).directory(work.toFile());
        Map<String, String> env = builder.environment();
        Database db = Database.parse(dbUrl);
        env.put("LGSP_DB_HOST", db.host());
        env.put("LGSP_DB_PORT", Integer.toString(db.port()));
        env.put("LGSP_DB_NAME", db.name());
        env.put("LGSP_DB_ADMIN", dbUser);
        env.put("PGPASSWORD", dbPassword);
        env.put("LGSP_BACKUP_DIR", directory().toString());
        env.put("LGSP_BACKUP_KEEP", Integer.toString(Math.max(0, keep)));
        env.put("LGSP_CHECKPOINT_DIR", checkpointDir.orElseGet(
                () -> System.getProperty("jboss.server.data.dir", ".") + "/exchange-log"));
        env.put("LGSP_CONFIG_DIRS", configDirs.orElseGet(() -> System.getProperty("jboss.server.config.dir", "")));
        if (realmExport != null) {
            env.put("LGSP_REALM_EXPORT", realmExport.toString());
        } else {
            env.remove("LGSP_REALM_EXPORT");
        }
        return builder.start();
    }

    /** The parts of a PostgreSQL JDBC URL that psql and pg_dump take ({@code jdbc:postgresql://host:port/name?…}). */
    record Database(String host, int port, String name) {

        static Database parse(String jdbcUrl) {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("lgsp.db.url is not a PostgreSQL URL: " + jdbcUrl);
            }
            URI url = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = url.getPath();
            if (url.getHost() == null || path == null || path.length() < 2) {
                throw new IllegalArgumentException("lgsp.db.url names no host or database: " + jdbcUrl);
            }
            return new Database(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort(), path.substring(1));
        }
    }
}
