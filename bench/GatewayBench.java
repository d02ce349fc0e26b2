import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway benchmark: the demo provider's echo directly, and the same provider through the
 * REST gateway (authentication, X-Road headers, access decision, forwarding, durable hash-chained log),
 * side by side, with 1 KiB and 100 KiB bodies at each concurrency; the added latency at a fixed offered
 * load below saturation; the CPU per exchange WildFly + PostgreSQL spend on the gateway's part (gateway run
 * minus direct run: the provider lives in the same WildFly); the throughput with the exchange log switched
 * off over on (the demo's WildFly restarted with the log off and back on, {@link DemoServer}); and a 2 KiB SOAP
 * passthrough.
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
        String demo = Bench.arg(args, 6, DemoServer.SCRIPT);
        java.util.function.Supplier<String> token = Bench.tokens(realm);
        System.out.printf("platform %s, %d s per run (after %d s warm-up), concurrencies %s, %d cores%n", base, seconds,
                Bench.warmup, Arrays.toString(concurrencies), Runtime.getRuntime().availableProcessors());
        warmUp(base, token);

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

        logCost(base, token, seconds, concurrencies[concurrencies.length - 1], offered, demo);

        large(base, token);

        int c = concurrencies[concurrencies.length - 1];
        Bench.Result soapDirect = Bench.run("soap direct", c, seconds, soap(base + Workloads.CIVIL_STATUS, null));
        Bench.Result soapGateway = Bench.run("soap gateway", c, seconds, soap(base + Workloads.SOAP_GATEWAY,
                Bench.tokens(realm, Workloads.SOAP_CLIENT, Workloads.SOAP_CLIENT_SECRET)));
        double sd = (soapDirect.wildflyCpuMs() + soapDirect.postgresCpuMs()) / soapDirect.requests();
        double sg = (soapGateway.wildflyCpuMs() + soapGateway.postgresCpuMs()) / soapGateway.requests();
        System.out.printf("%nSOAP 2 KiB, %d concurrent: direct %.0f/s, gateway %.0f/s (%.2f×); CPU per exchange direct"
                + " %.3f ms, gateway %.3f ms → the gateway's own part %.3f ms%s%n", c, soapDirect.throughput(),
                soapGateway.throughput(), soapGateway.throughput() / soapDirect.throughput(), sd, sg, sg - sd,
                soapGateway.errors() > 0 ? " (errors " + soapGateway.errors() + ")" : "");
    }

    /**
     * What the exchange log costs: the added latency at a fixed offered load, then the throughput and CPU per
     * exchange with the log on and off at the given concurrency, and the added latency with it off. The log-off
     * part restarts the demo's WildFly with the log off (30 s of warm-up after the start) and back on at the end.
     * Alone ({@code gateway-log}) it is the quick measurement for a change to the log's write path.
     */
    static void logCost(String base, java.util.function.Supplier<String> token, int seconds, int c, int offered, String demo)
            throws Exception {
        long[] d = Bench.paced(offered, seconds, direct(base, new byte[1024]));
        long[] g = Bench.paced(offered, seconds, gateway(base, token, new byte[1024]));
        System.out.printf("%nat %d requests/s offered, 1 KiB: direct p50 %.2f ms p99 %.2f ms; gateway p50 %.2f ms p99 %.2f ms"
                + " → added p50 %.2f ms, p99 %.2f ms%n", offered, Bench.percentileMs(d, 0.5), Bench.percentileMs(d, 0.99),
                Bench.percentileMs(g, 0.5), Bench.percentileMs(g, 0.99),
                Bench.percentileMs(g, 0.5) - Bench.percentileMs(d, 0.5), Bench.percentileMs(g, 0.99) - Bench.percentileMs(d, 0.99));

        Bench.Result on = Bench.run("log on", c, seconds, gateway(base, token, new byte[1024]));
        Bench.Result off;
        long[] pacedOff;
        try {
            DemoServer.exchangeLog(demo, false);
            warmUp(base, token);
            off = Bench.run("log off", c, seconds, gateway(base, token, new byte[1024]));
            pacedOff = Bench.paced(offered, seconds, gateway(base, token, new byte[1024]));
        } finally {
            DemoServer.exchangeLog(demo, true);
        }
        System.out.printf("%nexchange log on/off, 1 KiB, %d concurrent: %.0f/s on, %.0f/s off → on/off %.2f;"
                + " CPU per exchange on %.3f ms (WildFly %.3f + PostgreSQL %.3f), off %.3f ms (%.3f + %.3f)%n", c,
                on.throughput(), off.throughput(), on.throughput() / off.throughput(),
                on.wildflyMsPerRead() + on.postgresMsPerRead(), on.wildflyMsPerRead(), on.postgresMsPerRead(),
                off.wildflyMsPerRead() + off.postgresMsPerRead(), off.wildflyMsPerRead(), off.postgresMsPerRead());
        System.out.printf("at %d requests/s offered with the log off: gateway p50 %.2f ms p99 %.2f ms → added p50 %.2f ms,"
                + " p99 %.2f ms (the log's part of the added latency is the difference to the figures above; the"
                + " direct figures are from before the restart)%n", offered,
                Bench.percentileMs(pacedOff, 0.5), Bench.percentileMs(pacedOff, 0.99),
                Bench.percentileMs(pacedOff, 0.5) - Bench.percentileMs(d, 0.5),
                Bench.percentileMs(pacedOff, 0.99) - Bench.percentileMs(d, 0.99));
    }

    /** A fresh server compiles for its first minute: both paths loaded for 30 s each before anything is measured. */
    static void warmUp(String base, java.util.function.Supplier<String> token) throws InterruptedException {
        Bench.load(8, 30, direct(base, new byte[1024]), null);
        Bench.load(8, 30, gateway(base, token, new byte[1024]), null);
    }

    static void logOnly(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int seconds = Bench.arg(args, 2, 10);
        Bench.warmup = Bench.arg(args, 3, 5);
        int c = Bench.arg(args, 4, 32);
        int offered = Bench.arg(args, 5, 100);
        String demo = Bench.arg(args, 6, DemoServer.SCRIPT);
        java.util.function.Supplier<String> token = Bench.tokens(realm);
        warmUp(base, token);
        logCost(base, token, seconds, c, offered, demo);
    }

    /**
     * A 50 MiB answer streamed through the gateway (requests are capped at lgsp.gateway.max-body-bytes, 10 MiB by
     * default): WildFly's heap in use, after a full GC, before and while it flows.
     */
    static void large(String base, java.util.function.Supplier<String> token) throws Exception {
        long pid = ProcessCpu.wildflyPid();
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
        String envelope = Workloads.soapEnvelope(Workloads.SOAP_BYTES);
        return i -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope));
            return token == null ? b.build() : b.header("Authorization", "Bearer " + token.get()).build();
        };
    }
}
