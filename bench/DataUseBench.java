import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What counting data use (Quy chế Đ.11.5) costs the code-list read path: the same reads with counting on and off, in
 * one run on one server, interleaved (on, off, off, on, on, off …) so that drift of the machine falls on both sides.
 * Counting is switched at run time through the system property {@code lgsp.data-use.enabled} (jboss-cli on the demo's
 * management port; the server reads it at every read), so both sides run the same build, JIT state and data. Prints
 * each phase, the totals per side and the ratios on/off; ends with counting on.
 */
final class DataUseBench {

    private static final String PROPERTY = "/system-property=lgsp.data-use.enabled";

    private DataUseBench() {
    }

    /** [baseUrl] [realmUrl] [concurrency] [seconds] [warmupSeconds] [rounds] [managementAddress] */
    static void compare(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int concurrency = Bench.arg(args, 2, 16);
        int seconds = Bench.arg(args, 3, 10);
        int warmup = Bench.arg(args, 4, 30);
        int rounds = Bench.arg(args, 5, 3);
        String management = Bench.arg(args, 6, "127.0.0.1:9990");
        Path cli = jbossCli();
        java.util.function.Supplier<String> tokens = Bench.tokens(realm); // runs outlive a token
        String token = tokens.get();
        String list = base + "/api/v1/code-lists/don-vi-hanh-chinh/items";
        List<String> units = Bench.codes(Bench.get(list + "?parent=31&size=100", token));
        List<String> provinces = Bench.provinces(Bench.get(list + "?q=thanh+pho&size=100", token));
        Map<String, IntFunction<String>> workloads = new LinkedHashMap<>();
        workloads.put("item by code", i -> list + "/" + units.get(i % units.size()));
        workloads.put("page of 100", i -> list + "?parent=" + provinces.get(i % provinces.size()).trim() + "&size=100");
        System.out.printf("platform %s, %d concurrent readers, %d s per phase, %d rounds (on/off interleaved), %s cores,"
                + " load average %s%n", base, concurrency, seconds, rounds, Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());

        counting(cli, management, true);
        Bench.warmup = warmup;
        for (Map.Entry<String, IntFunction<String>> w : workloads.entrySet()) {
            Bench.load(concurrency, warmup, request(w.getValue(), tokens), null);
        }
        Bench.warmup = 2; // after a switch: the first reads after the CLI's own CPU burst are not measured
        Map<String, List<Bench.Result>> results = new LinkedHashMap<>();
        System.out.printf("%n%-5s %-4s %-14s %10s %8s %9s %9s %13s %13s%n", "round", "side", "workload", "reads/s",
                "errors", "p50 ms", "p99 ms", "WildFly ms/rd", "Postgres ms/rd");
        for (int round = 1; round <= rounds; round++) {
            for (boolean on : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                counting(cli, management, on);
                for (Map.Entry<String, IntFunction<String>> w : workloads.entrySet()) {
                    Bench.Result r = Bench.run(w.getKey(), concurrency, seconds, request(w.getValue(), tokens));
                    results.computeIfAbsent(side(on) + " " + w.getKey(), k -> new ArrayList<>()).add(r);
                    System.out.printf("%-5d %-4s %-14s %10.0f %8d %9.2f %9.2f %13.4f %13.4f%n", round, side(on), w.getKey(),
                            r.throughput(), r.errors(), r.percentileMs(0.5), r.percentileMs(0.99), r.wildflyMsPerRead(),
                            r.postgresMsPerRead());
                }
            }
        }
        counting(cli, management, true);
        if (Bench.FIRST_ERROR.get() != null) {
            System.out.println("first failed request: " + Bench.FIRST_ERROR.get());
        }

        System.out.printf("%nall rounds together, and the ratio counting on / off (reads/s, p50, p99, CPU per read of"
                + " WildFly + PostgreSQL):%n");
        for (String workload : workloads.keySet()) {
            Bench.Result on = merged(results.get("on " + workload));
            Bench.Result off = merged(results.get("off " + workload));
            for (Bench.Result r : List.of(on, off)) {
                System.out.printf("%-19s %10.0f reads/s  p50 %6.2f ms  p99 %6.2f ms  CPU %.4f + %.4f ms/read%n",
                        (r == on ? "on  " : "off ") + workload, r.throughput(), r.percentileMs(0.5), r.percentileMs(0.99),
                        r.wildflyMsPerRead(), r.postgresMsPerRead());
            }
            System.out.printf("%-19s %6.3f×  %6.3f×  %6.3f×  %6.3f×%n", "on/off " + workload,
                    on.throughput() / off.throughput(), on.percentileMs(0.5) / off.percentileMs(0.5),
                    on.percentileMs(0.99) / off.percentileMs(0.99),
                    (on.wildflyMsPerRead() + on.postgresMsPerRead()) / (off.wildflyMsPerRead() + off.postgresMsPerRead()));
        }
    }

    private static String side(boolean on) {
        return on ? "on" : "off";
    }

    private static IntFunction<java.net.http.HttpRequest> request(IntFunction<String> url,
                                                                   java.util.function.Supplier<String> tokens) {
        return i -> java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.apply(i)))
                .header("Authorization", "Bearer " + tokens.get()).header("Accept", "application/json").build();
    }

    /** One side's phases as one result: requests, time and CPU added, latencies pooled. */
    private static Bench.Result merged(List<Bench.Result> phases) {
        long requests = phases.stream().mapToLong(Bench.Result::requests).sum();
        long errors = phases.stream().mapToLong(Bench.Result::errors).sum();
        double seconds = phases.stream().mapToDouble(Bench.Result::seconds).sum();
        long[] latencies = phases.stream().flatMapToLong(r -> Arrays.stream(r.latenciesNanos())).sorted().toArray();
        return new Bench.Result(phases.get(0).name(), requests, errors, seconds, latencies,
                phases.stream().mapToDouble(Bench.Result::wildflyCpuMs).sum(),
                phases.stream().mapToDouble(Bench.Result::postgresCpuMs).sum());
    }

    /** Sets lgsp.data-use.enabled on the running server (the property is replaced: remove, then add). */
    private static void counting(Path cli, String management, boolean on) throws Exception {
        cli(cli, management, PROPERTY + ":remove");
        if (cli(cli, management, PROPERTY + ":add(value=" + on + ")") != 0) {
            throw new IllegalStateException("jboss-cli could not set lgsp.data-use.enabled on " + management);
        }
    }

    private static int cli(Path cli, String management, String command) throws Exception {
        return new ProcessBuilder(cli.toString(), "--controller=" + management, "-c", "--command=" + command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** The CLI of the WildFly that wildfly-config unpacked (the demo's). */
    private static Path jbossCli() throws Exception {
        try (var dirs = Files.list(Path.of("wildfly-config", "target"))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("wildfly-"))
                    .map(d -> d.resolve("bin/jboss-cli.sh")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no wildfly-config/target/wildfly-*/bin/jboss-cli.sh"));
        }
    }
}
