import java.io.IOException;
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
 * Code-list read benchmark (run on demand, never by CI), against a running platform (bin/demo start):
 *
 *   java bench/CodeListBench.java [baseUrl] [realmUrl] [concurrency] [seconds] [warmupSeconds]
 *
 * Side by side, with the same client, token, concurrency and duration: a baseline read of one agency
 * (GET /api/v1/agencies/{code}: the same authentication, JAX-RS and database path, no cache), then
 * code-list item-by-code reads and page-of-100 reads. Prints throughput, p50/p99 latency, and CPU
 * milliseconds per read of WildFly and of PostgreSQL (from /proc), and each figure's ratio to the baseline.
 */
public class CodeListBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static int warmup;

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
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String realm = args.length > 1 ? args[1] : "http://127.0.0.1:8280/realms/lgsp";
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        // A fresh server spends its first minute compiling (C2): warm up long enough not to measure that.
        warmup = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String token = token(realm);
        String list = base + "/api/v1/code-lists/don-vi-hanh-chinh/items";
        List<String> units = codes(get(list + "?parent=31&size=100", token) + get(list + "?parent=01&size=100", token));
        List<String> provinces = codes(get(list + "?q=" + URLEncoder.encode("thanh pho", StandardCharsets.UTF_8)
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
    }

    static Result run(String name, int concurrency, int seconds, String token, IntFunction<String> url) throws Exception {
        load(concurrency, warmup, token, url, null);
        long[] before = cpu();
        List<long[]> latencies = new ArrayList<>();
        long started = System.nanoTime();
        long[] counts = load(concurrency, seconds, token, url, latencies);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] after = cpu();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        return new Result(name, counts[0], counts[1], elapsed, all, (after[0] - before[0]) * 10.0, (after[1] - before[1]) * 10.0);
    }

    /** {requests, errors}; latencies (ns) per thread when a list is given. */
    static long[] load(int concurrency, int seconds, String token, IntFunction<String> url, List<long[]> latencies)
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
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(random.nextInt(1 << 20))))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
                    long start = System.nanoTime();
                    try {
                        int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) errors.incrementAndGet();
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

    /** CPU clock ticks (1/100 s) used so far by {WildFly, every PostgreSQL process}. */
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
                } catch (IOException | RuntimeException vanished) {
                    // a process ended while being read
                }
            }
        }
        return new long[] {wildfly, postgres};
    }

    static String token(String realm) throws Exception {
        String body = get(realm + "/protocol/openid-connect/token", null,
                "grant_type=client_credentials&client_id=" + URLEncoder.encode("H24.10/his", StandardCharsets.UTF_8)
                        + "&client_secret=demo-secret-his");
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

    static List<String> codes(String json) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(json);
        while (m.find()) codes.add(m.group(1));
        return codes;
    }
}
