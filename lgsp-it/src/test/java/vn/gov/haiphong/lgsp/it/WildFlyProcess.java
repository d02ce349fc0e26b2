package vn.gov.haiphong.lgsp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A further WildFly of this run, started as a sysadmin starts one — {@code bin/standalone.sh} of the server the
 * build configured, with a server configuration, a port offset and a base directory of its own — beside the
 * managed server Arquillian runs: a second node of the cluster, or the load balancer.
 */
final class WildFlyProcess implements AutoCloseable {

    static final Path HOME = Path.of(System.getProperty("it.wildfly.home"));
    /** The managed server's base directory. */
    static final Path MANAGED_BASE = Path.of(System.getProperty("it.wildfly.base"));

    final String name;
    final int offset;
    private final Process process;

    private WildFlyProcess(String name, int offset, Process process) {
        this.name = name;
        this.offset = offset;
        this.process = process;
    }

    /**
     * Starts {@code config} in a fresh base directory under {@code work}, holding the configurations the build made and
     * {@code deployments}.
     */
    static WildFlyProcess start(String name, String config, int offset, Path work, List<Path> deployments,
                                String heap, List<String> properties) {
        try {
            Path base = work.resolve(name);
            deleteTree(base);
            // the configurations as the build made them (the managed server's own lists what Arquillian deployed)
            copyTree(HOME.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            for (Path deployment : deployments) {
                Files.copy(deployment, base.resolve("deployments").resolve(deployment.getFileName()));
            }
            List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/standalone.sh").toString(), "-c", config,
                    "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset));
            command.addAll(properties);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(base.resolve("console.log").toFile());
            builder.environment().put("JBOSS_JAVA_SIZING", heap);
            return new WildFlyProcess(name, offset, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the managed server was started with (system properties), for a node that must behave alike. */
    static List<String> managedServerProperties() {
        return Arrays.stream(System.getProperty("it.server.properties").trim().split("\\s+")).toList();
    }

    int httpPort() {
        return 8080 + offset;
    }

    int managementPort() {
        return 9990 + offset;
    }

    /** Waits until the server reports ready ({@code /health/ready}: deployed, database reachable). */
    void awaitReady(Duration limit) {
        String url = "http://127.0.0.1:" + managementPort() + "/health/ready";
        await(name + " ready", limit, Duration.ofMillis(500), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (see its console.log)");
            }
            try {
                return Http.send(Http.request(url)).statusCode() == 200;
            } catch (UncheckedIOException e) {
                return false;
            }
        });
    }

    /** Polls until the condition holds; fails saying what did not happen within the limit. */
    static void await(String what, Duration limit, Duration interval, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@code kill -9} of the server's JVM (standalone.sh runs it as its child): no shutdown, nothing flushed. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor();
    }

    /** A normal stop (SIGTERM: WildFly shuts down gracefully). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a jboss-cli command against a server's management port; its output, or an exception if it failed. */
    static String cli(int managementPort, String command) {
        return jbossCli(managementPort, "--command=" + command);
    }

    /** Runs a jboss-cli script (one of {@code wildfly-config/cli/}) against a server's management port. */
    static String cliFile(int managementPort, Path script) {
        return jbossCli(managementPort, "--file=" + script);
    }

    private static String jbossCli(int managementPort, String what) {
        String command = what;
        try {
            Process cli = new ProcessBuilder(HOME.resolve("bin/jboss-cli.sh").toString(),
                    "--controller=127.0.0.1:" + managementPort, "-c", what)
                    .redirectErrorStream(true).start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (cli.waitFor() != 0) {
                throw new IllegalStateException(command + " → " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
