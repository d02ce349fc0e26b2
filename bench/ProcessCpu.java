import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time (user + system, from /proc) spent so far by the processes a benchmark compares: the demo's WildFly,
 * the demo database's share of PostgreSQL and, when one runs, the bench's nginx. Read before and after a run;
 * the difference divided by the requests is the CPU per request.
 *
 * <p>PostgreSQL is the cluster's own processes (postmaster, checkpointer, WAL writer, background writer,
 * autovacuum) and the backends connected to the demo's database ({@code LGSP_DB_NAME}, default {@code lgsp}) —
 * not the backends of other databases: the integration tests of other work trees share the cluster, and their
 * CPU is none of the demo's. A backend that ends between two readings takes its CPU with it; under steady load
 * the pool keeps its connections, so none does.
 */
final class ProcessCpu {

    /** Milliseconds of CPU used so far. */
    record Sample(double wildflyMs, double postgresMs, double nginxMs) {
        Sample minus(Sample earlier) {
            return new Sample(wildflyMs - earlier.wildflyMs, postgresMs - earlier.postgresMs, nginxMs - earlier.nginxMs);
        }

        double totalMs() {
            return wildflyMs + postgresMs + nginxMs;
        }
    }

    private static final String DATABASE = System.getenv().getOrDefault("LGSP_DB_NAME", "lgsp");
    private static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    /** Without nginx. */
    static Sample sample() throws IOException {
        return sample(-1);
    }

    /** With the nginx whose master process is {@code nginxMaster} (its workers are its children); -1 for none. */
    static Sample sample(long nginxMaster) throws IOException {
        long wildfly = 0;
        long postgres = 0;
        long nginx = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    long pid = Long.parseLong(p.getFileName().toString());
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    // fields after "pid (comm) ": state ppid … utime(11) stime(12)
                    String[] stat = Files.readString(p.resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                    long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    long parent = Long.parseLong(stat[1]);
                    if (isDemoWildFly(cmd)) {
                        wildfly += ticks;
                    } else if (cmd.contains("bin/postgres ") || postgresOfDemo(cmd)) {
                        postgres += ticks;
                    } else if (nginxMaster > 0 && (pid == nginxMaster || parent == nginxMaster)) {
                        nginx += ticks;
                    }
                } catch (IOException | RuntimeException vanished) {
                    // a process ended while being read
                }
            }
        }
        return new Sample(wildfly * MS_PER_TICK, postgres * MS_PER_TICK, nginx * MS_PER_TICK);
    }

    /**
     * A PostgreSQL child process ("postgres: 15/main: …"): a backend counts when it serves the demo database
     * ("… USER DATABASE HOST(PORT) STATE"), every other child (checkpointer, WAL writer, autovacuum) always.
     */
    static boolean postgresOfDemo(String cmd) {
        if (!cmd.startsWith("postgres: ")) {
            return false;
        }
        java.util.regex.Matcher backend = BACKEND.matcher(cmd);
        return !backend.find() || backend.group(1).equals(DATABASE);
    }

    private static final java.util.regex.Pattern BACKEND =
            java.util.regex.Pattern.compile("^postgres: (?:\\S+: )?\\S+ (\\S+) (?:\\[local\\]|\\S+\\(\\d+\\)) ");

    /** Voluntary and involuntary context switches of all the process's threads so far. */
    static long[] contextSwitches(long pid) throws IOException {
        Map<String, Long> sum = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            sum.merge(line.substring(0, line.indexOf(':')), Long.parseLong(line.split("\\s+")[1]), Long::sum);
                        }
                    }
                } catch (IOException | RuntimeException ended) {
                    // a thread ended while being read
                }
            }
        }
        return new long[] {sum.getOrDefault("voluntary_ctxt_switches", 0L), sum.getOrDefault("nonvoluntary_ctxt_switches", 0L)};
    }

    /**
     * Whether a command line is this work tree's demo WildFly: bin/demo names its node lgsp-demo and puts its server
     * base under target/demo (another work tree's demo on the same machine is not counted).
     */
    static boolean isDemoWildFly(String cmd) {
        return cmd.contains("jboss-modules") && cmd.contains("lgsp-demo")
                && cmd.contains(Path.of("target", "demo").toAbsolutePath().toString());
    }

    /** The demo's WildFly. */
    static long wildflyPid() throws IOException {
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (isDemoWildFly(cmd)) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException vanished) {
                    // ended meanwhile
                }
            }
        }
        throw new IllegalStateException("no WildFly of bin/demo running");
    }
}
