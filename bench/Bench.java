import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmarks, run on demand (never by CI) against a running platform (bin/demo start), one harness for
 * every workload: closed-loop load from N client threads, latency percentiles, and the CPU that WildFly and
 * PostgreSQL spent (from /proc). The client runs on the same machine: compare figures within one run.
 *
 *   java bench/Bench.java codelist [baseUrl] [realmUrl] [concurrency] [seconds] [warmupSeconds] [offeredPerSecond]
 *   java bench/Bench.java gateway  [baseUrl] [realmUrl] [seconds] [warmupSeconds] [concurrencies] [offeredPerSecond] [jboss-cli]
 *   java bench/Bench.java gateway-log [baseUrl] [realmUrl] [seconds] [warmupSeconds] [concurrency] [offeredPerSecond] [jboss-cli]
 *   java bench/Bench.java gateway-large [baseUrl] [realmUrl]     (only the 50 MiB answer and request)
 *   java bench/Bench.java codelist-wrk [baseUrl] [realmUrl] [connections] [seconds] [warmupSeconds] [isolated]
 *   java bench/Bench.java gateway-log-wrk [baseUrl] [realmUrl] [connections] [seconds] [warmupSeconds] [jboss-cli]
 *                                                  (the codelist workloads, load from wrk: apt install wrk;
 *                                                   isolated: WildFly on CPU 0, wrk on CPU 1, via taskset)
 *
 * codelist: a baseline read of one agency (GET /api/v1/agencies/{code}: the same authentication, JAX-RS and
 * database path, no cache), then code-list item-by-code reads and page-of-100 reads, with ratios to the baseline.
 * gateway: see {@link #gateway}.
 */
public class Bench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static int warmup;

    static final String BASE = "http://127.0.0.1:8080";
    static final String REALM = "http://127.0.0.1:8280/realms/lgsp";
    static final String CLI = "wildfly-config/target/wildfly-39.0.1.Final/bin/jboss-cli.sh";

    /** The i-th command-line argument, or the default. */
    static String arg(String[] args, int i, String otherwise) {
        return args.length > i ? args[i] : otherwise;
    }

    static int arg(String[] args, int i, int otherwise) {
        return args.length > i ? Integer.parseInt(args[i]) : otherwise;
    }

    record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos, double wildflyCpuMs,
                  double postgresCpuMs) {
        double throughput() { return requests / seconds; }
        double percentileMs(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            return latenciesNanos[Math.min(latenciesNanos.length - 1, (int) Math.ceil(p * latenciesNanos.length) - 1)] / 1e6;
        }
        double wildflyMsPerRead() { return wildflyCpuMs / requests; }
        double postgresMsPerRead() { return postgresCpuMs / requests; }
    }

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "codelist" -> codeLists(rest);
            case "codelist-wrk" -> WrkBench.codeLists(rest);
            case "gateway" -> GatewayBench.gateway(rest);
            case "gateway-log" -> GatewayBench.logOnly(rest);
            case "gateway-log-wrk" -> WrkBench.gatewayLog(rest);
            case "gateway-large" -> GatewayBench.large(rest.length > 0 ? rest[0] : "http://127.0.0.1:8080",
                    tokens(rest.length > 1 ? rest[1] : "http://127.0.0.1:8280/realms/lgsp"));
            default -> System.err.println("usage: java bench/Bench.java codelist|codelist-wrk|gateway|gateway-log|gateway-log-wrk|gateway-large [arguments]");
        }
    }

    static void codeLists(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int concurrency = Bench.arg(args, 2, 100);
        int seconds = Bench.arg(args, 3, 20);
        // A fresh server spends its first minute compiling (C2): warm up long enough not to measure that.
        warmup = Bench.arg(args, 4, 30);
        String token = token(realm);
        String list = base + "/api/v1/code-lists/don-vi-hanh-chinh/items";
        List<String> units = codes(get(list + "?parent=31&size=100", token) + get(list + "?parent=01&size=100", token));
        List<String> provinces = provinces(get(list + "?q=" + URLEncoder.encode("thanh pho", StandardCharsets.UTF_8)
                + "&size=100", token));
        List<String> agencies = List.of("H24", "H24.08", "H24.10", "H24.101", "H24.150", "H24.03");
        System.out.printf("platform %s, %d concurrent readers, %d s each (after %d s warm-up), %d cores%n",
                base, concurrency, seconds, warmup, Runtime.getRuntime().availableProcessors());

        Result baseline = run("baseline: one agency", concurrency, seconds, token,
                i -> base + "/api/v1/agencies/" + agencies.get(i % agencies.size()));
        Result item = run("code list: item by code", concurrency, seconds, token,
                i -> list + "/" + units.get(i % units.size()));
        Result page = run("code list: page of 100", concurrency, seconds, token,
                i -> list + "?parent=" + provinces.get(i % provinces.size()).trim() + "&size=100");

        System.out.printf("%n%-26s %10s %8s %9s %9s %13s %13s%n", "", "reads/s", "errors", "p50 ms", "p99 ms",
                "WildFly ms/rd", "Postgres ms/rd");
        for (Result r : List.of(baseline, item, page)) {
            System.out.printf("%-26s %10.0f %8d %9.2f %9.2f %13.3f %13.3f%n", r.name(), r.throughput(), r.errors(),
                    r.percentileMs(0.50), r.percentileMs(0.99), r.wildflyMsPerRead(), r.postgresMsPerRead());
        }
        System.out.printf("%nratios to the baseline (reads/s, p99, CPU per read of WildFly + PostgreSQL):%n");
        for (Result r : List.of(item, page)) {
            System.out.printf("%-26s %6.2f× %6.2f× %6.2f×%n", r.name(), r.throughput() / baseline.throughput(),
                    r.percentileMs(0.99) / baseline.percentileMs(0.99),
                    (r.wildflyMsPerRead() + r.postgresMsPerRead()) / (baseline.wildflyMsPerRead() + baseline.postgresMsPerRead()));
        }

        // Latency below saturation: the closed loop above measures mostly the client's own queueing when the
        // client shares the cores; an open loop at a fixed rate shows what a read costs in time.
        int offered = Bench.arg(args, 5, 1000);
        System.out.printf("%nat %d reads/s offered (open loop, up to 64 in flight), %d s each:%n", offered, seconds);
        for (String[] workload : List.of(new String[] {"baseline: one agency", "agency"}, new String[] {"code list: item by code", "item"},
                new String[] {"code list: page of 100", "page"})) {
            IntFunction<String> url = switch (workload[1]) {
                case "agency" -> i -> base + "/api/v1/agencies/" + agencies.get(i % agencies.size());
                case "item" -> i -> list + "/" + units.get(i % units.size());
                default -> i -> list + "?parent=" + provinces.get(i % provinces.size()).trim() + "&size=100";
            };
            long[] latencies = paced(offered, seconds, i -> HttpRequest.newBuilder(URI.create(url.apply(i)))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build());
            System.out.printf("%-26s p50 %6.2f ms  p99 %6.2f ms%n", workload[0], percentileMs(latencies, 0.5),
                    percentileMs(latencies, 0.99));
        }
    }

    static Result run(String name, int concurrency, int seconds, String token, IntFunction<String> url) throws Exception {
        return run(name, concurrency, seconds, i -> HttpRequest.newBuilder(URI.create(url.apply(i)))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build());
    }

    /** Warm-up, then {@code seconds} of load measured: throughput, latencies, CPU of WildFly and PostgreSQL. */
    static Result run(String name, int concurrency, int seconds, IntFunction<HttpRequest> requests) throws Exception {
        load(concurrency, warmup, requests, null);
        long[] before = cpu();
        List<long[]> latencies = new ArrayList<>();
        long started = System.nanoTime();
        long[] counts = load(concurrency, seconds, requests, latencies);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] after = cpu();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        return new Result(name, counts[0], counts[1], elapsed, all, (after[0] - before[0]) * 10.0, (after[1] - before[1]) * 10.0);
    }

    /** {requests, errors}; latencies (ns) per thread when a list is given. */
    static long[] load(int concurrency, int seconds, IntFunction<HttpRequest> factory, List<long[]> latencies)
            throws InterruptedException {
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            long[] mine = new long[2_000_000 / concurrency + 1000];
            if (latencies != null) {
                synchronized (latencies) { latencies.add(mine); }
            }
            int seed = t;
            new Thread(() -> {
                Random random = new Random(seed);
                int n = 0;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = factory.apply(random.nextInt(1 << 20));
                    long start = System.nanoTime();
                    try {
                        int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status >= 300) errors.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    if (n < mine.length) mine[n++] = System.nanoTime() - start;
                    requests.incrementAndGet();
                }
                done.countDown();
            }).start();
        }
        done.await();
        return new long[] {requests.get(), errors.get()};
    }

    /**
     * CPU clock ticks (1/100 s) used so far by {WildFly, every PostgreSQL process}. PostgreSQL counts the postmaster's
     * reaped children too (its cutime + cstime): a backend that ends between two readings (the pool retiring an idle
     * connection) takes its CPU with it from /proc, and a reading once undercounted a logged run tenfold that way.
     */
    static long[] cpu() throws IOException {
        long wildfly = 0;
        long postgres = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String[] stat = Files.readString(p.resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                    long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    if (cmd.contains("jboss-modules") && cmd.contains("lgsp-demo")) wildfly += ticks;
                    if (cmd.startsWith("postgres")) postgres += ticks;
                    if (cmd.contains("bin/postgres ")) postgres += ticks + Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                } catch (IOException | RuntimeException vanished) {
                    // a process ended while being read
                }
            }
        }
        return new long[] {wildfly, postgres};
    }

    /**
     * Open loop: {@code perSecond} requests started at a fixed pace for {@code seconds}, whatever the answers
     * take — the latency a caller sees below saturation. Latencies in nanoseconds, sorted.
     */
    static long[] paced(int perSecond, int seconds, IntFunction<HttpRequest> requests) throws Exception {
        int total = perSecond * seconds;
        long[] latencies = new long[total];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        CountDownLatch done = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 200_000) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait - 100_000); // do not burn a core pacing
            }
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            int n = i;
            pool.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    CLIENT.send(requests.apply(n), HttpResponse.BodyHandlers.discarding());
                } catch (IOException | InterruptedException e) {
                    // counted as its latency
                }
                latencies[n] = System.nanoTime() - t0;
                done.countDown();
            });
        }
        done.await();
        pool.shutdown();
        Arrays.sort(latencies);
        return latencies;
    }

    static double percentileMs(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** A system's token, fetched again every four minutes (tokens live five): long runs stay authenticated. */
    static java.util.function.Supplier<String> tokens(String realm) {
        return tokens(realm, "H24.10/his", "demo-secret-his");
    }

    static java.util.function.Supplier<String> tokens(String realm, String client, String secret) {
        long[] fetched = {0};
        String[] current = {null};
        return () -> {
            synchronized (current) {
                if (System.nanoTime() - fetched[0] > 240_000_000_000L || current[0] == null) {
                    try {
                        current[0] = token(realm, client, secret);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    fetched[0] = System.nanoTime();
                }
                return current[0];
            }
        };
    }

    static String token(String realm) throws Exception {
        return token(realm, "H24.10/his", "demo-secret-his");
    }

    static String token(String realm, String client, String secret) throws Exception {
        String body = get(realm + "/protocol/openid-connect/token", null,
                "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                        + "&client_secret=" + secret);
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) throw new IllegalStateException("no token: " + body);
        return m.group(1);
    }

    static String get(String url, String token) throws Exception {
        return get(url, token, null);
    }

    static String get(String url, String token, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (form != null) b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The provinces (two-digit codes) among the units found: each has a page of 100 communes to read. */
    static List<String> provinces(String json) {
        return codes(json).stream().map(String::trim).filter(c -> c.length() == 2).toList();
    }

    static List<String> codes(String json) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(json);
        while (m.find()) codes.add(m.group(1));
        return codes;
    }
}

/**
 * The gateway benchmark (issue 6): the demo provider's echo directly, and the same provider through the
 * REST gateway (authentication, X-Road headers, access decision, forwarding, durable hash-chained log),
 * side by side, with 1 KiB and 100 KiB bodies at each concurrency; the added latency at a fixed offered
 * load below saturation; the CPU per exchange WildFly + PostgreSQL spend on the gateway's part (gateway run
 * minus direct run: the provider lives in the same WildFly); the throughput with the exchange log switched
 * off over on (via jboss-cli, system property lgsp.exchange-log.enabled); and a 2 KiB SOAP passthrough.
 */
class GatewayBench {

    static void gateway(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int seconds = Bench.arg(args, 2, 10);
        Bench.warmup = Bench.arg(args, 3, 5);
        int[] concurrencies = Arrays.stream(Bench.arg(args, 4, "1,8,32").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int offered = Bench.arg(args, 5, 100);
        String cli = Bench.arg(args, 6, Bench.CLI);
        java.util.function.Supplier<String> token = Bench.tokens(realm);
        System.out.printf("platform %s, %d s per run (after %d s warm-up), concurrencies %s, %d cores%n", base, seconds,
                Bench.warmup, Arrays.toString(concurrencies), Runtime.getRuntime().availableProcessors());
        // A fresh server compiles for its first minute: load both paths before measuring anything.
        Bench.load(8, 30, direct(base, new byte[1024]), null);
        Bench.load(8, 30, gateway(base, token, new byte[1024]), null);

        System.out.printf("%n%-8s %5s %12s %12s %8s %12s %12s%n", "body", "conc", "direct/s", "gateway/s", "ratio",
                "direct p99", "gateway p99");
        Bench.Result[] cpuPair = null;
        for (int size : new int[] {1024, 100 * 1024}) {
            byte[] body = new byte[size];
            for (int c : concurrencies) {
                Bench.Result d = Bench.run("direct", c, seconds, direct(base, body));
                Bench.Result g = Bench.run("gateway", c, seconds, gateway(base, token, body));
                System.out.printf("%-8s %5d %12.0f %12.0f %7.2f× %10.2fms %10.2fms%s%n", size / 1024 + " KiB", c,
                        d.throughput(), g.throughput(), g.throughput() / d.throughput(), d.percentileMs(0.99),
                        g.percentileMs(0.99), d.errors() + g.errors() > 0 ? "  errors " + d.errors() + "/" + g.errors() : "");
                if (size == 1024 && c == concurrencies[concurrencies.length - 1]) {
                    cpuPair = new Bench.Result[] {d, g};
                }
            }
        }
        double directCpu = (cpuPair[0].wildflyCpuMs() + cpuPair[0].postgresCpuMs()) / cpuPair[0].requests();
        double gatewayCpu = (cpuPair[1].wildflyCpuMs() + cpuPair[1].postgresCpuMs()) / cpuPair[1].requests();
        System.out.printf("%nCPU per exchange, 1 KiB (WildFly + PostgreSQL): direct %.3f ms, through the gateway %.3f ms"
                + " (WildFly %.3f + PostgreSQL %.3f) → the gateway's own part %.3f ms%n", directCpu, gatewayCpu,
                cpuPair[1].wildflyCpuMs() / cpuPair[1].requests(), cpuPair[1].postgresCpuMs() / cpuPair[1].requests(),
                gatewayCpu - directCpu);

        logCost(base, token, seconds, concurrencies[concurrencies.length - 1], offered, cli);

        large(base, token);

        int c = concurrencies[concurrencies.length - 1];
        Bench.Result soapDirect = Bench.run("soap direct", c, seconds, soap(base + "/demo-provider/ho-tich", null));
        // The commune one-stop shop's group may call traCuuKhaiSinh (demo data).
        Bench.Result soapGateway = Bench.run("soap gateway", c, seconds, soap(base + "/ws/gateway",
                Bench.tokens(realm, "H24.101/mot-cua", "demo-secret-mot-cua")));
        double sd = (soapDirect.wildflyCpuMs() + soapDirect.postgresCpuMs()) / soapDirect.requests();
        double sg = (soapGateway.wildflyCpuMs() + soapGateway.postgresCpuMs()) / soapGateway.requests();
        System.out.printf("%nSOAP ~2 KiB, %d concurrent: direct %.0f/s, gateway %.0f/s (%.2f×); CPU per exchange direct"
                + " %.3f ms, gateway %.3f ms → the gateway's own part %.3f ms%s%n", c, soapDirect.throughput(),
                soapGateway.throughput(), soapGateway.throughput() / soapDirect.throughput(), sd, sg, sg - sd,
                soapGateway.errors() > 0 ? " (errors " + soapGateway.errors() + ")" : "");
    }

    /**
     * What the exchange log costs: the added latency at a fixed offered load, then the throughput and CPU per
     * exchange with the log on and off at the given concurrency, and the added latency with it off. Alone
     * ({@code gateway-log}) it is the quick measurement for a change to the log's write path.
     */
    static void logCost(String base, java.util.function.Supplier<String> token, int seconds, int c, int offered, String cli)
            throws Exception {
        long[] d = Bench.paced(offered, seconds, direct(base, new byte[1024]));
        long[] g = Bench.paced(offered, seconds, gateway(base, token, new byte[1024]));
        System.out.printf("%nat %d requests/s offered, 1 KiB: direct p50 %.2f ms p99 %.2f ms; gateway p50 %.2f ms p99 %.2f ms"
                + " → added p50 %.2f ms, p99 %.2f ms%n", offered, Bench.percentileMs(d, 0.5), Bench.percentileMs(d, 0.99),
                Bench.percentileMs(g, 0.5), Bench.percentileMs(g, 0.99),
                Bench.percentileMs(g, 0.5) - Bench.percentileMs(d, 0.5), Bench.percentileMs(g, 0.99) - Bench.percentileMs(d, 0.99));

        if (Files.isExecutable(Path.of(cli))) {
            Bench.Result on = Bench.run("log on", c, seconds, gateway(base, token, new byte[1024]));
            cli(cli, "/system-property=lgsp.exchange-log.enabled:add(value=false)");
            Bench.Result off;
            long[] pacedOff;
            try {
                off = Bench.run("log off", c, seconds, gateway(base, token, new byte[1024]));
                pacedOff = Bench.paced(offered, seconds, gateway(base, token, new byte[1024]));
            } finally {
                cli(cli, "/system-property=lgsp.exchange-log.enabled:remove");
            }
            System.out.printf("%nexchange log on/off, 1 KiB, %d concurrent: %.0f/s on, %.0f/s off → on/off %.2f;"
                    + " CPU per exchange on %.3f ms (WildFly %.3f + PostgreSQL %.3f), off %.3f ms (%.3f + %.3f)%n", c,
                    on.throughput(), off.throughput(), on.throughput() / off.throughput(),
                    on.wildflyMsPerRead() + on.postgresMsPerRead(), on.wildflyMsPerRead(), on.postgresMsPerRead(),
                    off.wildflyMsPerRead() + off.postgresMsPerRead(), off.wildflyMsPerRead(), off.postgresMsPerRead());
            System.out.printf("at %d requests/s offered with the log off: gateway p50 %.2f ms p99 %.2f ms → added p50 %.2f ms,"
                    + " p99 %.2f ms (the log's part of the added latency is the difference to the figures above)%n", offered,
                    Bench.percentileMs(pacedOff, 0.5), Bench.percentileMs(pacedOff, 0.99),
                    Bench.percentileMs(pacedOff, 0.5) - Bench.percentileMs(d, 0.5),
                    Bench.percentileMs(pacedOff, 0.99) - Bench.percentileMs(d, 0.99));
        } else {
            System.out.printf("%n(no %s: log-on/log-off ratio not measured)%n", cli);
        }
    }

    static void logOnly(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int seconds = Bench.arg(args, 2, 10);
        Bench.warmup = Bench.arg(args, 3, 5);
        int c = Bench.arg(args, 4, 32);
        int offered = Bench.arg(args, 5, 100);
        String cli = Bench.arg(args, 6, Bench.CLI);
        java.util.function.Supplier<String> token = Bench.tokens(realm);
        Bench.load(8, 30, direct(base, new byte[1024]), null);
        Bench.load(8, 30, gateway(base, token, new byte[1024]), null);
        logCost(base, token, seconds, c, offered, cli);
    }

    /**
     * A 50 MiB answer streamed through the gateway (requests are capped at lgsp.gateway.max-body-bytes, 10 MiB by
     * default): WildFly's heap in use, after a full GC, before and while it flows.
     */
    static void large(String base, java.util.function.Supplier<String> token) throws Exception {
        long pid = wildflyPid();
        HeapPeak heap = new HeapPeak(pid);
        long t0 = System.nanoTime();
        HttpResponse<InputStream> answer = Bench.CLIENT.send(HttpRequest.newBuilder(URI.create(base
                        + "/r1/VN/GOV/H24.06/dat-dai/echo/mau/1?bytes=52428800")).header("Authorization", "Bearer " + token.get())
                .header("X-Road-Client", "VN/GOV/H24.10/his").header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long received;
        try (InputStream in = answer.body()) {
            received = in.transferTo(OutputStream.nullOutputStream());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.stop();
        System.out.printf("%n50 MiB answer through the gateway: status %d, %d bytes in %.2f s; WildFly heap in use %d MiB"
                + " before, at most %d MiB while streaming (sampled every 100 ms)%n", answer.statusCode(), received, seconds,
                heap.before / 1024, heap.peak / 1024);
        largeRequest(base, token, pid);
    }

    /**
     * A 50 MiB request through the gateway, generated as it is sent. Needs the server started with both limits
     * raised, e.g. LGSP_HTTP_MAX_POST_SIZE=60000000 LGSP_GATEWAY_MAX_BODY_BYTES=60000000 bin/demo start;
     * otherwise it reports the 413.
     */
    static void largeRequest(String base, java.util.function.Supplier<String> token, long pid) throws Exception {
        long size = 50L * 1024 * 1024;
        HeapPeak heap = new HeapPeak(pid);
        long t0 = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = Bench.CLIENT.send(HttpRequest.newBuilder(URI.create(base
                        + "/r1/VN/GOV/H24.06/dat-dai/echo/mau")).header("Authorization", "Bearer " + token.get())
                .header("X-Road-Client", "VN/GOV/H24.10/his").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.InputStream() {
                            long left = size;

                            @Override
                            public int read() {
                                return left-- > 0 ? 'x' : -1;
                            }

                            @Override
                            public int read(byte[] b, int off, int len) {
                                if (left <= 0) {
                                    return -1;
                                }
                                int n = (int) Math.min(len, left);
                                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                                left -= n;
                                return n;
                            }
                        }), size)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException refused) {
            // the server refuses the body (the gateway's 413 once the declared length passes its limit) and may
            // close before the client has sent it all
            heap.stop();
            System.out.printf("50 MiB request through the gateway: refused, the connection closed while sending (%s);"
                    + " raise the limits to measure it (see above)%n", refused.getMessage());
            return;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.stop();
        Matcher bytes = Pattern.compile("\"bodyBytes\":(\\d+)").matcher(answer.body());
        System.out.printf("50 MiB request through the gateway: status %d, the provider received %s bytes, %.2f s;"
                + " WildFly heap in use %d MiB before, at most %d MiB while streaming%n", answer.statusCode(),
                bytes.find() ? bytes.group(1) : "no", seconds, heap.before / 1024, heap.peak / 1024);
    }

    /** WildFly's heap in use after a full GC, then its highest reading every 100 ms until stopped (KiB). */
    static final class HeapPeak {
        final long before;
        volatile long peak;
        private final Thread sampler;

        HeapPeak(long pid) throws Exception {
            before = heapUsedKb(pid, true);
            peak = before;
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak = Math.max(peak, heapUsedKb(pid, false));
                        Thread.sleep(100);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            sampler.start();
        }

        void stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
        }
    }

    static long wildflyPid() throws IOException {
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("jboss-modules") && cmd.contains("lgsp-demo")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException vanished) {
                    // ended meanwhile
                }
            }
        }
        throw new IllegalStateException("no WildFly of bin/demo running");
    }

    /** Heap in use (KiB) from jcmd GC.heap_info, after a full GC when asked. */
    static long heapUsedKb(long pid, boolean collectFirst) throws Exception {
        if (collectFirst) {
            new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor();
        }
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static IntFunction<HttpRequest> direct(String base, byte[] body) {
        return i -> HttpRequest.newBuilder(URI.create(base + "/demo-provider/test/echo/mau"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static IntFunction<HttpRequest> gateway(String base, java.util.function.Supplier<String> token, byte[] body) {
        return i -> HttpRequest.newBuilder(URI.create(base + "/r1/VN/GOV/H24.06/dat-dai/echo/mau"))
                .header("Authorization", "Bearer " + token.get()).header("X-Road-Client", "VN/GOV/H24.10/his")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static IntFunction<HttpRequest> soap(String url, java.util.function.Supplier<String> token) {
        String padding = "<!-- " + "x".repeat(1200) + " -->";
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\" xmlns:id=\"http://x-road.eu/xsd/identifiers\"><soap:Header>"
                + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>H24.101</id:memberCode><id:subsystemCode>mot-cua</id:subsystemCode></xrd:client>"
                + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>H24.03</id:memberCode><id:subsystemCode>ho-tich</id:subsystemCode>"
                + "<id:serviceCode>tra-cuu-ho-tich</id:serviceCode></xrd:service><xrd:id>bench</xrd:id>"
                + "<xrd:protocolVersion>4.0</xrd:protocolVersion></soap:Header><soap:Body>" + padding
                + "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>031219000777"
                + "</ht:soDinhDanh></ht:traCuuKhaiSinh></soap:Body></soap:Envelope>";
        return i -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope));
            return token == null ? b.build() : b.header("Authorization", "Bearer " + token.get()).build();
        };
    }

    static void cli(String cli, String command) throws Exception {
        Process p = new ProcessBuilder(cli, "--connect", "--command=" + command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + ": " + out);
        }
    }
}

/**
 * The code-list workloads with the load from wrk (C, epoll, one thread per core) instead of the Java client:
 * 100 JDK client threads use most of this 2-core machine themselves, so the Java harness measures its own
 * queueing as much as the server's latency. Same workloads, same CPU accounting from /proc; wrk's latency
 * percentiles (closed loop, N connections, each waiting for its answer before the next request).
 */
class WrkBench {

    record Figures(double perSecond, double p50Ms, double p99Ms, long non2xx, double wildflyMs, double postgresMs) {
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
        System.out.printf("%-26s %10s %8s %9s %9s %13s %13s%n", "", "reads/s", "non-2xx", "p50 ms", "p99 ms",
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
            long[] before = Bench.cpu();
            String out = wrk(base, script, connections, seconds, threads, isolated);
            long[] after = Bench.cpu();
            Figures f = figures(out, (after[0] - before[0]) * 10.0, (after[1] - before[1]) * 10.0);
            System.out.printf("%-26s %10.0f %8d %9.2f %9.2f %13.3f %13.3f%n", workload[0], f.perSecond(), f.non2xx(),
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
     * and off alternately (jboss-cli, as in {@code gateway}), two rounds. Besides throughput and CPU it counts
     * WildFly's context switches per exchange (all its threads, /proc/PID/task/N/status): what a record's hand-offs
     * cost beyond the Java code.
     */
    static void gatewayLog(String[] args) throws Exception {
        Run r = Run.of(args, 32, 10, 10);
        String cli = Bench.arg(args, 5, Bench.CLI);
        int threads = Runtime.getRuntime().availableProcessors();
        long pid = GatewayBench.wildflyPid();
        System.out.printf("platform %s, wrk with %d connections on %d threads posting 1 KiB through the gateway, %d s each"
                + " (after %d s warm-up)%n%n", r.base(), r.connections(), threads, r.seconds(), r.warmup());
        for (int round = 1; round <= 2; round++) {
            double on = 0;
            for (boolean logged : new boolean[] {true, false}) {
                if (!logged) {
                    GatewayBench.cli(cli, "/system-property=lgsp.exchange-log.enabled:add(value=false)");
                }
                try {
                    Path script = Files.createTempFile("lgsp-wrk-post", ".lua");
                    script.toFile().deleteOnExit();
                    Files.writeString(script, "wrk.method = \"POST\"\nwrk.body = string.rep(\"a\", 1024)\n"
                            + "wrk.headers[\"Content-Type\"] = \"application/octet-stream\"\n"
                            + "wrk.headers[\"Authorization\"] = \"Bearer " + Bench.token(r.realm()) + "\"\n"
                            + "wrk.headers[\"X-Road-Client\"] = \"VN/GOV/H24.10/his\"\n");
                    String url = r.base() + "/r1/VN/GOV/H24.06/dat-dai/echo/mau";
                    wrk(url, script, r.connections(), r.warmup(), threads, false);
                    long[] cpu = Bench.cpu();
                    long[] switches = contextSwitches(pid);
                    String out = wrk(url, script, r.connections(), r.seconds(), threads, false);
                    long[] cpuAfter = Bench.cpu();
                    long[] switchesAfter = contextSwitches(pid);
                    Figures f = figures(out, (cpuAfter[0] - cpu[0]) * 10.0, (cpuAfter[1] - cpu[1]) * 10.0);
                    double n = f.perSecond() * r.seconds();
                    System.out.printf("round %d, log %-3s %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %d | CPU per exchange"
                            + " WildFly %.3f + PostgreSQL %.3f ms | WildFly context switches per exchange %.2f voluntary,"
                            + " %.2f involuntary%n", round, logged ? "on" : "off", f.perSecond(), f.p50Ms(), f.p99Ms(),
                            f.non2xx(), f.wildflyMs(), f.postgresMs(), (switchesAfter[0] - switches[0]) / n,
                            (switchesAfter[1] - switches[1]) / n);
                    if (logged) {
                        on = f.perSecond();
                    } else {
                        System.out.printf("round %d: log on/off %.2f%n", round, on / f.perSecond());
                    }
                } finally {
                    if (!logged) {
                        GatewayBench.cli(cli, "/system-property=lgsp.exchange-log.enabled:remove");
                    }
                }
            }
        }
    }

    /** Voluntary and involuntary context switches of all the process's threads so far. */
    static long[] contextSwitches(long pid) throws IOException {
        long voluntary = 0;
        long involuntary = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) voluntary += Long.parseLong(line.split("\\s+")[1]);
                        if (line.startsWith("nonvoluntary_ctxt_switches:")) involuntary += Long.parseLong(line.split("\\s+")[1]);
                    }
                } catch (IOException | RuntimeException ended) {
                    // a thread ended while being read
                }
            }
        }
        return new long[] {voluntary, involuntary};
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
        long pid = GatewayBench.wildflyPid();
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

    /** Requests/sec, the 50 % and 99 % latencies and the non-2xx count from wrk's report. */
    static Figures figures(String out, double wildflyCpuMs, double postgresCpuMs) {
        double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)"));
        Matcher total = Pattern.compile("(\\d+) requests in ([0-9.]+)(m?s)").matcher(out);
        if (!total.find()) throw new IllegalStateException("no request count in:\n" + out);
        long requests = Long.parseLong(total.group(1));
        String non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out).results()
                .map(m -> m.group(1)).findFirst().orElse("0");
        return new Figures(perSecond, millis(find(out, "\\s50%\\s+([0-9.]+[mu]?s)")),
                millis(find(out, "\\s99%\\s+([0-9.]+[mu]?s)")), Long.parseLong(non2xx),
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
