import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The LGSP against a plain reverse proxy, side by side in one run ({@code nginx} mode): wrk (closed loop, N
 * connections) straight to the demo provider, through nginx to the same provider ({@link Nginx}), and through the
 * LGSP — for a REST read (GET of one land parcel, 170-byte answer, through {@code /r1/…} with a system's bearer
 * token) and a 2 KiB SOAP call (through {@code /ws/gateway} with HTTP Basic, as a legacy system calls it).
 *
 * <p>Each round runs the three tiers one after another, the order rotated from round to round so that a drift of
 * the machine does not favour one tier; the figures are the medians of the rounds. CPU comes from /proc
 * ({@link ProcessCpu}: WildFly, the demo database's PostgreSQL, nginx), read before and after each tier. WildFly
 * also hosts the demo provider, so a tier's own CPU per request is its total (WildFly + PostgreSQL + nginx) minus
 * the direct tier's total in the same round — the provider's share. wrk's own CPU is not counted.
 */
final class ProxyBench {

    private enum Tier { DIRECT, NGINX, LGSP }

    /** One tier of one round. */
    private record Measured(Tier tier, WrkBench.Figures wrk, ProcessCpu.Sample cpu) {
        double perRequest(ToDoubleFunction<ProcessCpu.Sample> part) {
            return part.applyAsDouble(cpu) / wrk.requests();
        }

        double totalPerRequest() {
            return cpu.totalMs() / wrk.requests();
        }
    }

    /** A call as each tier sends it: wrk's script and URL. */
    private record Workload(String name, Path[] scripts, String[] urls) {
    }

    private ProxyBench() {
    }

    static void compare(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int connections = Bench.arg(args, 2, 32);
        int seconds = Bench.arg(args, 3, 3);
        int warmup = Bench.arg(args, 4, 5);
        int rounds = Bench.arg(args, 5, 3);
        int threads = Runtime.getRuntime().availableProcessors();
        String upstream = java.net.URI.create(base).getAuthority();
        try (Nginx nginx = Nginx.start(upstream)) {
            System.out.printf("direct = %s (the demo provider), nginx = 127.0.0.1:%d → %s (proxy_pass, upstream keepalive),"
                    + " LGSP = the gateway; wrk %d connections on %d threads, %d s per tier after %d s of warm-up,"
                    + " %d rounds; CPU per request in ms (WildFly + PostgreSQL + nginx, from /proc)%n", base, nginx.port,
                    upstream, connections, threads, seconds, warmup, rounds);
            for (Workload workload : List.of(rest(base, realm, nginx), soap(base, nginx))) {
                List<Measured[]> results = new ArrayList<>();
                for (Tier tier : Tier.values()) {
                    WrkBench.wrk(workload.urls()[tier.ordinal()], workload.scripts()[tier.ordinal()], connections, warmup,
                            threads, false);
                }
                System.out.printf("%n%s%n%-6s %-7s %9s %8s %8s %7s %9s %9s %9s %9s%n", workload.name(), "round", "tier",
                        "req/s", "p50 ms", "p99 ms", "failed", "WildFly", "Postgres", "nginx", "own");
                for (int round = 0; round < rounds; round++) {
                    Measured[] measured = new Measured[Tier.values().length];
                    for (int k = 0; k < measured.length; k++) {
                        Tier tier = Tier.values()[(round + k) % measured.length];
                        measured[tier.ordinal()] = measure(tier, workload, connections, seconds, threads, nginx.pid());
                    }
                    results.add(measured);
                    double provider = measured[Tier.DIRECT.ordinal()].totalPerRequest();
                    for (Measured m : measured) {
                        System.out.printf("%-6d %-7s %9.0f %8.2f %8.2f %7d %9.3f %9.3f %9.3f %9s%n", round + 1,
                                m.tier().name().toLowerCase(), m.wrk().perSecond(), m.wrk().p50Ms(), m.wrk().p99Ms(),
                                m.wrk().failed(), m.perRequest(ProcessCpu.Sample::wildflyMs),
                                m.perRequest(ProcessCpu.Sample::postgresMs), m.perRequest(ProcessCpu.Sample::nginxMs),
                                m.tier() == Tier.DIRECT ? "(provider)" : String.format("%.3f", m.totalPerRequest() - provider));
                    }
                    System.out.printf("%-6d LGSP's own CPU per request %.2f× nginx's%n", round + 1,
                            own(measured, Tier.LGSP) / own(measured, Tier.NGINX));
                }
                summary(workload.name(), results);
            }
        }
    }

    private static Measured measure(Tier tier, Workload workload, int connections, int seconds, int threads,
                                    long nginxPid) throws Exception {
        ProcessCpu.Sample before = ProcessCpu.sample(nginxPid);
        String out = WrkBench.wrk(workload.urls()[tier.ordinal()], workload.scripts()[tier.ordinal()], connections,
                seconds, threads, false);
        ProcessCpu.Sample used = ProcessCpu.sample(nginxPid).minus(before);
        return new Measured(tier, WrkBench.figures(out, used.wildflyMs(), used.postgresMs()), used);
    }

    /** A tier's own CPU per request: its total minus the direct tier's (the provider's share), same round. */
    private static double own(Measured[] round, Tier tier) {
        return round[tier.ordinal()].totalPerRequest() - round[Tier.DIRECT.ordinal()].totalPerRequest();
    }

    private static void summary(String name, List<Measured[]> rounds) {
        double provider = median(rounds, r -> r[Tier.DIRECT.ordinal()].totalPerRequest());
        double nginxOwn = median(rounds, r -> own(r, Tier.NGINX));
        double lgspOwn = median(rounds, r -> own(r, Tier.LGSP));
        System.out.printf("median of %d rounds, %s:%n", rounds.size(), name);
        for (Tier tier : Tier.values()) {
            System.out.printf("  %-7s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms%s%n", tier.name().toLowerCase(),
                    median(rounds, r -> r[tier.ordinal()].wrk().perSecond()),
                    median(rounds, r -> r[tier.ordinal()].wrk().p50Ms()), median(rounds, r -> r[tier.ordinal()].wrk().p99Ms()),
                    tier == Tier.DIRECT ? String.format("  CPU per request %.3f ms (the provider's share)", provider)
                            : String.format("  own CPU per request %.3f ms", tier == Tier.NGINX ? nginxOwn : lgspOwn));
        }
        System.out.printf("  LGSP / nginx: own CPU per request %.2f× (median of the rounds' ratios %.2f×), throughput %.2f×%n",
                lgspOwn / nginxOwn, median(rounds, r -> own(r, Tier.LGSP) / own(r, Tier.NGINX)),
                median(rounds, r -> r[Tier.LGSP.ordinal()].wrk().perSecond())
                        / median(rounds, r -> r[Tier.NGINX.ordinal()].wrk().perSecond()));
        // nginx's own share is small beside the provider's, so the difference above carries the provider's noise;
        // nginx's processes alone bound it from below
        double nginxAlone = median(rounds, r -> r[Tier.NGINX.ordinal()].perRequest(ProcessCpu.Sample::nginxMs));
        System.out.printf("  nginx's processes alone: %.3f ms per request; LGSP's own CPU per request %.2f× that%n",
                nginxAlone, lgspOwn / nginxAlone);
    }

    private static double median(List<Measured[]> rounds, ToDoubleFunction<Measured[]> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** GET of one land parcel: the provider, nginx, and the REST gateway with a system's bearer token. */
    private static Workload rest(String base, String realm, Nginx nginx) throws Exception {
        String token = Bench.token(realm, Workloads.REST_CLIENT, Workloads.REST_CLIENT_SECRET); // lives 5 minutes
        Path plain = script("wrk.method = \"GET\"\n");
        Path gateway = script("wrk.method = \"GET\"\nwrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n"
                + "wrk.headers[\"X-Road-Client\"] = \"" + Workloads.REST_CLIENT_HEADER + "\"\n");
        return new Workload("REST GET, 170-byte answer", new Path[] {plain, plain, gateway},
                new String[] {base + Workloads.PARCEL, nginx.url(Workloads.PARCEL), base + Workloads.PARCEL_VIA_GATEWAY});
    }

    /** A 2 KiB SOAP call: the provider, nginx, and the SOAP gateway with HTTP Basic. */
    private static Workload soap(String base, Nginx nginx) throws Exception {
        String post = "wrk.method = \"POST\"\nwrk.body = [==[" + Workloads.soapEnvelope(Workloads.SOAP_BYTES) + "]==]\n"
                + "wrk.headers[\"Content-Type\"] = \"text/xml; charset=utf-8\"\n";
        Path plain = script(post);
        Path gateway = script(post + "wrk.headers[\"Authorization\"] = \""
                + Workloads.basic(Workloads.SOAP_CLIENT, Workloads.SOAP_CLIENT_SECRET) + "\"\n");
        return new Workload("SOAP 2 KiB request (traCuuKhaiSinh)", new Path[] {plain, plain, gateway},
                new String[] {base + Workloads.CIVIL_STATUS, nginx.url(Workloads.CIVIL_STATUS), base + Workloads.SOAP_GATEWAY});
    }

    private static Path script(String lua) throws java.io.IOException {
        Path file = Files.createTempFile("lgsp-wrk", ".lua");
        file.toFile().deleteOnExit();
        Files.writeString(file, lua);
        return file;
    }
}
