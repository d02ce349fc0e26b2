import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Benchmarks, run on demand (never by CI) against a running platform (bin/demo start): {@code bench/run MODE
 * [arguments]} compiles bench/*.java and runs one mode. The client runs on the same machine as the server:
 * compare figures within one run. CPU per request is the processes' user + system time from /proc
 * ({@link ProcessCpu}).
 *
 *   nginx           [baseUrl] [realmUrl] [connections] [seconds] [warmupSeconds] [rounds]
 *                   the LGSP against nginx: wrk direct / through nginx / through the LGSP, REST GET and SOAP 2 KiB,
 *                   own CPU per request with the provider's share subtracted ({@link ProxyBench})
 *   latency         [baseUrl] [realmUrl] [perSecond] [seconds] [rounds] [connections]
 *                   paced 100/s, direct / nginx / LGSP alternating: added p50 and p99 ({@link PacedLatency})
 *   codelist        [baseUrl] [realmUrl] [concurrency] [seconds] [warmupSeconds] [offeredPerSecond]
 *   codelist-wrk    [baseUrl] [realmUrl] [connections] [seconds] [warmupSeconds] [isolated]
 *                   the code-list reads, from the Java client or from wrk ({@link WrkBench}; isolated: WildFly on
 *                   CPU 0, wrk on CPU 1, via taskset)
 *   codelist-datause [baseUrl] [realmUrl] [concurrency] [seconds] [warmupSeconds] [rounds] [management]
 *                   the code-list reads with data-use counting on and off, interleaved in one run; switched through
 *                   jboss-cli on the management address (default 127.0.0.1:9990) ({@link DataUseBench})
 *   gateway         [baseUrl] [realmUrl] [seconds] [warmupSeconds] [concurrencies] [offeredPerSecond] [bin/demo]
 *   gateway-log     [baseUrl] [realmUrl] [seconds] [warmupSeconds] [concurrency] [offeredPerSecond] [bin/demo]
 *   gateway-log-wrk [baseUrl] [realmUrl] [connections] [seconds] [warmupSeconds] [bin/demo]
 *   gateway-large   [baseUrl] [realmUrl]     (only the 50 MiB answer and request)
 *                   the REST gateway's echo and its exchange log ({@link GatewayBench}); the log-off runs restart
 *                   the demo's WildFly with the log off and back on ({@link DemoServer})
 *
 * nginx, codelist-wrk and gateway-log-wrk need wrk; nginx and latency need nginx (Debian: apt-get install wrk
 * nginx-light; the bench starts and stops its own nginx).
 *
 * codelist: a baseline read of one agency (GET /api/v1/agencies/{code}: the same authentication, JAX-RS and
 * database path, no cache), then code-list item-by-code reads and page-of-100 reads, with ratios to the baseline.
 */
public class Bench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static int warmup;
    /** What the first failed request of the run met (an error count says how many, not why). */
    static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ERROR = new java.util.concurrent.atomic.AtomicReference<>();

    static final String BASE = "http://127.0.0.1:8080";
    static final String REALM = "http://127.0.0.1:8280/realms/lgsp";

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
            case "nginx" -> ProxyBench.compare(rest);
            case "latency" -> PacedLatency.measure(rest);
            case "codelist" -> codeLists(rest);
            case "codelist-wrk" -> WrkBench.codeLists(rest);
            case "codelist-datause" -> DataUseBench.compare(rest);
            case "gateway" -> GatewayBench.gateway(rest);
            case "gateway-log" -> GatewayBench.logOnly(rest);
            case "gateway-log-wrk" -> WrkBench.gatewayLog(rest);
            case "gateway-large" -> GatewayBench.large(rest.length > 0 ? rest[0] : "http://127.0.0.1:8080",
                    tokens(rest.length > 1 ? rest[1] : "http://127.0.0.1:8280/realms/lgsp"));
            default -> System.err.println("usage: bench/run nginx|latency|codelist|codelist-wrk|codelist-datause|gateway|gateway-log"
                    + "|gateway-log-wrk|gateway-large [arguments] (bench/Bench.java says what each does)");
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
        ProcessCpu.Sample before = ProcessCpu.sample();
        List<long[]> latencies = new ArrayList<>();
        long started = System.nanoTime();
        long[] counts = load(concurrency, seconds, requests, latencies);
        double elapsed = (System.nanoTime() - started) / 1e9;
        ProcessCpu.Sample used = ProcessCpu.sample().minus(before);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        return new Result(name, counts[0], counts[1], elapsed, all, used.wildflyMs(), used.postgresMs());
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
                        if (status >= 300) {
                            errors.incrementAndGet();
                            FIRST_ERROR.compareAndSet(null, "HTTP " + status);
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        FIRST_ERROR.compareAndSet(null, e.toString());
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
