import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code-list workloads with the load from wrk (C, epoll, one thread per core) instead of the Java client:
 * 100 JDK client threads use most of this 2-core machine themselves, so the Java harness measures its own
 * queueing as much as the server's latency. Same workloads, same CPU accounting from /proc; wrk's latency
 * percentiles (closed loop, N connections, each waiting for its answer before the next request).
 */
class WrkBench {

    record Figures(double perSecond, double p50Ms, double p99Ms, long failed, long requests, double wildflyMs,
                   double postgresMs) {
    }

    /** The first five arguments of every wrk mode: base URL, realm, connections, seconds, warm-up seconds. */
    record Run(String base, String realm, int connections, int seconds, int warmup) {
        static Run of(String[] args, int connections, int seconds, int warmup) {
            return new Run(Bench.arg(args, 0, Bench.BASE), Bench.arg(args, 1, Bench.REALM), Bench.arg(args, 2, connections),
                    Bench.arg(args, 3, seconds), Bench.arg(args, 4, warmup));
        }
    }

    static void codeLists(String[] args) throws Exception {
        Run r = Run.of(args, 100, 20, 30);
        String base = r.base();
        String realm = r.realm();
        int connections = r.connections();
        int seconds = r.seconds();
        int warmup = r.warmup();
        boolean isolated = args.length > 5 && "isolated".equals(args[5]);
        String token = Bench.token(realm);
        String list = "/api/v1/code-lists/don-vi-hanh-chinh/items";
        List<String> units = Bench.codes(Bench.get(base + list + "?parent=31&size=100", token)
                + Bench.get(base + list + "?parent=01&size=100", token));
        List<String> provinces = Bench.provinces(Bench.get(base + list + "?q="
                + URLEncoder.encode("thanh pho", StandardCharsets.UTF_8) + "&size=100", token));
        List<String> agencies = List.of("H24", "H24.08", "H24.10", "H24.101", "H24.150", "H24.03");
        int threads = isolated ? 1 : Runtime.getRuntime().availableProcessors();
        System.out.printf("platform %s, wrk with %d connections on %d threads, %d s each (after %d s warm-up)%s%n%n",
                base, connections, threads, seconds, warmup, isolated ? "; WildFly pinned to CPU 0, wrk to CPU 1" : "");
        if (isolated) {
            pinWildFly("0");
        }
        try {
            run(base, realm, connections, seconds, warmup, threads, isolated, list, units, provinces, agencies);
        } finally {
            if (isolated) {
                pinWildFly("0-" + (Runtime.getRuntime().availableProcessors() - 1));
            }
        }
    }

    private static void run(String base, String realm, int connections, int seconds, int warmup, int threads,
                            boolean isolated, String list, List<String> units, List<String> provinces,
                            List<String> agencies) throws Exception {
        System.out.printf("%-26s %10s %8s %9s %9s %13s %13s%n", "", "reads/s", "failed", "p50 ms", "p99 ms",
                "WildFly ms/rd", "Postgres ms/rd");
        Figures baseline = null;
        for (String[] workload : List.of(new String[] {"baseline: one agency", "agency"},
                new String[] {"code list: item by code", "item"}, new String[] {"code list: page of 100", "page"})) {
            List<String> paths = switch (workload[1]) {
                case "agency" -> agencies.stream().map(a -> "/api/v1/agencies/" + a).toList();
                case "item" -> units.stream().map(u -> list + "/" + u).toList();
                default -> provinces.stream().map(p -> list + "?parent=" + p + "&size=100").toList();
            };
            Path script = script(paths, Bench.token(realm)); // a fresh token: tokens live five minutes
            wrk(base, script, connections, warmup, threads, isolated);
            ProcessCpu.Sample before = ProcessCpu.sample();
            String out = wrk(base, script, connections, seconds, threads, isolated);
            ProcessCpu.Sample used = ProcessCpu.sample().minus(before);
            Figures f = figures(out, used.wildflyMs(), used.postgresMs());
            System.out.printf("%-26s %10.0f %8d %9.2f %9.2f %13.3f %13.3f%n", workload[0], f.perSecond(), f.failed(),
                    f.p50Ms(), f.p99Ms(), f.wildflyMs(), f.postgresMs());
            if (baseline == null) {
                baseline = f;
            } else {
                System.out.printf("%-26s %9.2f× %8s %8.2f× %8.2f× %12.2f×  (ratios to the baseline; CPU of both)%n", "",
                        f.perSecond() / baseline.perSecond(), "", f.p50Ms() / baseline.p50Ms(),
                        f.p99Ms() / baseline.p99Ms(), (f.wildflyMs() + f.postgresMs())
                                / (baseline.wildflyMs() + baseline.postgresMs()));
            }
        }
    }

    /**
     * The exchange log's cost with a light client: wrk (C, epoll) posting 1 KiB through the REST gateway, the log on
     * and off in the order on, off, off, on (two rounds; the demo's WildFly restarted with the log off and back on,
     * {@link DemoServer}, and warmed up 30 s after each restart). Besides throughput and CPU it counts WildFly's
     * context switches per exchange (all its threads, /proc/PID/task/N/status): what a record's hand-offs cost
     * beyond the Java code.
     */
    static void gatewayLog(String[] args) throws Exception {
        Run r = Run.of(args, 32, 10, 10);
        String demo = Bench.arg(args, 5, DemoServer.SCRIPT);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("platform %s, wrk with %d connections on %d threads posting 1 KiB through the gateway, %d s each"
                + " (after %d s warm-up)%n%n", r.base(), r.connections(), threads, r.seconds(), r.warmup());
        String url = r.base() + "/r1/VN/GOV/H24.06/dat-dai/echo/mau";
        double[] perSecond = new double[4];
        boolean[] order = {true, false, false, true};
        try {
            for (int i = 0; i < order.length; i++) {
                boolean logged = order[i];
                Path script = Files.createTempFile("lgsp-wrk-post", ".lua");
                script.toFile().deleteOnExit();
                Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = string.rep(\"a\", 1024)\n"
                        + "wrk.headers[\"Content-Type\"] = \"application/octet-stream\"\n"
                        + "wrk.headers[\"Authorization\"] = \"Bearer " + Bench.token(r.realm()) + "\"\n"
                        + "wrk.headers[\"X-Road-Client\"] = \"VN/GOV/H24.10/his\"\n");
                if (DemoServer.exchangeLog(demo, logged)) {
                    wrk(url, script, r.connections(), 30, threads, false);
                }
                wrk(url, script, r.connections(), r.warmup(), threads, false);
                long pid = ProcessCpu.wildflyPid();
                ProcessCpu.Sample cpu = ProcessCpu.sample();
                long[] switches = ProcessCpu.contextSwitches(pid);
                String out = wrk(url, script, r.connections(), r.seconds(), threads, false);
                ProcessCpu.Sample used = ProcessCpu.sample().minus(cpu);
                long[] switchesAfter = ProcessCpu.contextSwitches(pid);
                Figures f = figures(out, used.wildflyMs(), used.postgresMs());
                double n = f.perSecond() * r.seconds();
                perSecond[i] = f.perSecond();
                System.out.printf("round %d, log %-3s %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  failed %d | CPU per exchange"
                        + " WildFly %.3f + PostgreSQL %.3f ms | WildFly context switches per exchange %.2f voluntary,"
                        + " %.2f involuntary%n", i / 2 + 1, logged ? "on" : "off", f.perSecond(), f.p50Ms(), f.p99Ms(),
                        f.failed(), f.wildflyMs(), f.postgresMs(), (switchesAfter[0] - switches[0]) / n,
                        (switchesAfter[1] - switches[1]) / n);
            }
        } finally {
            DemoServer.exchangeLog(demo, true);
        }
        System.out.printf("log on/off: round 1 %.2f, round 2 %.2f%n", perSecond[0] / perSecond[1], perSecond[3] / perSecond[2]);
    }

    /** wrk's request function: a random path of the list each time, with the token. */
    static Path script(List<String> paths, String token) throws IOException {
        StringBuilder lua = new StringBuilder("paths = {\n");
        paths.forEach(p -> lua.append("  \"").append(p).append("\",\n"));
        lua.append("}\nheaders = {[\"Authorization\"] = \"Bearer ").append(token)
                .append("\", [\"Accept\"] = \"application/json\"}\n")
                .append("request = function()\n  return wrk.format(\"GET\", paths[math.random(#paths)], headers)\nend\n");
        Path file = Files.createTempFile("lgsp-wrk", ".lua");
        Files.writeString(file, lua);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * The client on its own core, the server on the other: as near as one 2-core machine comes to a load
     * generator on another machine — neither preempts the other (PostgreSQL stays unpinned).
     */
    static void pinWildFly(String cpus) throws Exception {
        long pid = ProcessCpu.wildflyPid();
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset failed for WildFly " + pid);
        }
    }

    static String wrk(String base, Path script, int connections, int seconds, int threads, boolean isolated)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(isolated ? List.of("taskset", "-c", "1") : List.of());
        command.addAll(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
                script.toString(), base));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return out;
    }

    /** Requests/sec, the 50 % and 99 % latencies and the failed requests (non-2xx, socket errors) from wrk's report. */
    static Figures figures(String out, double wildflyCpuMs, double postgresCpuMs) {
        double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)"));
        Matcher total = Pattern.compile("(\\d+) requests in ([0-9.]+)(m?s)").matcher(out);
        if (!total.find()) throw new IllegalStateException("no request count in:\n" + out);
        long requests = Long.parseLong(total.group(1));
        long non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        // connect, read and write errors and timeouts are failed requests too
        long socketErrors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out).results().mapToLong(m -> Long.parseLong(m.group(1)) + Long.parseLong(m.group(2))
                        + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4))).sum();
        return new Figures(perSecond, millis(find(out, "\\s50%\\s+([0-9.]+[mu]?s)")),
                millis(find(out, "\\s99%\\s+([0-9.]+[mu]?s)")), non2xx + socketErrors, requests,
                wildflyCpuMs / requests, postgresCpuMs / requests);
    }

    static String find(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) throw new IllegalStateException("'" + regex + "' not in wrk's report:\n" + out);
        return m.group(1);
    }

    /** wrk prints 812.00us, 1.23ms, 2.01s. */
    static double millis(String value) {
        if (value.endsWith("us")) return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        if (value.endsWith("ms")) return Double.parseDouble(value.substring(0, value.length() - 2));
        return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
    }
}
