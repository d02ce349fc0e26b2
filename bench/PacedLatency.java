import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency at a light load ({@code latency} mode): the REST read of one land parcel at a fixed rate (100 requests/s
 * by default), straight to the demo provider, through nginx ({@link Nginx}) and through the LGSP gateway, in blocks
 * that alternate between the three (the order rotated each round), and what nginx and the LGSP add to the direct
 * call's p50 and p99.
 *
 * <p>Open loop without coordinated omission: request i is due at start + i / rate whatever the earlier answers
 * took, and its latency is measured from that due time, so a stall shows in every request it delays. The client is
 * a few kept-alive connections, each a thread with a plain socket that sends its share of the schedule (request i
 * goes to connection i mod N) and reads the answer itself — no hand-off between client threads, no HTTP client
 * library's selector in the measured time.
 */
final class PacedLatency {

    private enum Tier { DIRECT, NGINX, LGSP }

    private PacedLatency() {
    }

    static void measure(String[] args) throws Exception {
        String base = Bench.arg(args, 0, Bench.BASE);
        String realm = Bench.arg(args, 1, Bench.REALM);
        int perSecond = Bench.arg(args, 2, 100);
        int seconds = Bench.arg(args, 3, 10);
        int rounds = Bench.arg(args, 4, 3);
        int connections = Bench.arg(args, 5, 4);
        URI server = URI.create(base);
        try (Nginx nginx = Nginx.start(server.getAuthority())) {
            System.out.printf("%d requests/s, paced (open loop, latency from each request's due time), %d kept-alive"
                    + " connections per tier; blocks of %d s alternating direct (%s), nginx (127.0.0.1:%d) and LGSP,"
                    + " %d rounds; GET of one land parcel (170-byte answer)%n", perSecond, connections, seconds, base,
                    nginx.port, rounds);
            for (Tier tier : Tier.values()) {
                block(tier, server, realm, nginx, perSecond, 5, connections); // warm-up
            }
            List<List<long[]>> latencies = new ArrayList<>();
            for (Tier ignored : Tier.values()) {
                latencies.add(new ArrayList<>());
            }
            System.out.printf("%n%-6s %-7s %9s %9s %9s %9s %7s%n", "round", "tier", "p50 ms", "p90 ms", "p99 ms", "max ms",
                    "failed");
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < Tier.values().length; k++) {
                    Tier tier = Tier.values()[(round + k) % Tier.values().length];
                    Block b = block(tier, server, realm, nginx, perSecond, seconds, connections);
                    latencies.get(tier.ordinal()).add(b.nanos());
                    System.out.printf("%-6d %-7s %9.2f %9.2f %9.2f %9.2f %7d%n", round + 1, tier.name().toLowerCase(),
                            ms(b.nanos(), 0.5), ms(b.nanos(), 0.9), ms(b.nanos(), 0.99), ms(b.nanos(), 1.0), b.failed());
                }
            }
            long[][] all = new long[Tier.values().length][];
            for (Tier tier : Tier.values()) {
                all[tier.ordinal()] = latencies.get(tier.ordinal()).stream().flatMapToLong(Arrays::stream).sorted().toArray();
            }
            long[] direct = all[Tier.DIRECT.ordinal()];
            System.out.printf("%nall rounds (%d requests per tier):%n", direct.length);
            for (Tier tier : Tier.values()) {
                long[] t = all[tier.ordinal()];
                System.out.printf("  %-7s p50 %6.2f ms  p99 %6.2f ms%s%n", tier.name().toLowerCase(), ms(t, 0.5), ms(t, 0.99),
                        tier == Tier.DIRECT ? "" : String.format("  → adds p50 %.2f ms, p99 %.2f ms to the direct call",
                                ms(t, 0.5) - ms(direct, 0.5), ms(t, 0.99) - ms(direct, 0.99)));
            }
        }
    }

    /** Latencies (ns, sorted) of one block and the requests that failed (not 200, or the connection broke). */
    private record Block(long[] nanos, long failed) {
    }

    private static Block block(Tier tier, URI server, String realm, Nginx nginx, int perSecond, int seconds,
                               int connections) throws Exception {
        String host = server.getHost();
        int port = tier == Tier.NGINX ? nginx.port : server.getPort();
        String headers = tier != Tier.LGSP ? "" : "Authorization: Bearer "
                + Bench.token(realm, Workloads.REST_CLIENT, Workloads.REST_CLIENT_SECRET) + "\r\n" // fresh: lives 5 minutes
                + "X-Road-Client: " + Workloads.REST_CLIENT_HEADER + "\r\n";
        byte[] request = ("GET " + (tier == Tier.LGSP ? Workloads.PARCEL_VIA_GATEWAY : Workloads.PARCEL) + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\nAccept: application/json\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        int total = perSecond * seconds;
        long interval = 1_000_000_000L / perSecond;
        long[] nanos = new long[total];
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime() + 50_000_000L;
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int first = c;
            Thread sender = new Thread(() -> {
                KeepAliveConnection connection = KeepAliveConnection.open(host, port); // before the first is due
                for (int i = first; i < total; i += connections) {
                    long due = start + i * interval;
                    waitUntil(due);
                    try {
                        if (connection == null) {
                            connection = new KeepAliveConnection(host, port);
                        }
                        if (connection.exchange(request) != 200) {
                            failed.incrementAndGet();
                        }
                        if (connection.closed()) {
                            connection = null;
                        }
                    } catch (IOException broken) {
                        failed.incrementAndGet();
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                    nanos[i] = System.nanoTime() - due;
                }
                if (connection != null) {
                    connection.close();
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        Arrays.sort(nanos);
        return new Block(nanos, failed.get());
    }

    /** Sleeps until shortly before {@code due}, then spins: the send leaves on time without burning a core. */
    private static void waitUntil(long due) {
        long left;
        while ((left = due - System.nanoTime()) > 300_000) {
            LockSupport.parkNanos(left - 200_000);
        }
        while (System.nanoTime() < due) {
            Thread.onSpinWait();
        }
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }

    /**
     * One HTTP/1.1 connection kept alive: writes a request, reads the status, the headers and the body
     * (Content-Length or chunked) and keeps the socket for the next request unless the server closes it.
     */
    static final class KeepAliveConnection implements Closeable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;

        /** A connection, or null when none can be made now (the next request tries again). */
        static KeepAliveConnection open(String host, int port) {
            try {
                return new KeepAliveConnection(host, port);
            } catch (IOException refused) {
                return null;
            }
        }

        KeepAliveConnection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }

        /** Sends the request and reads the whole answer; its status. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 ") && !status.startsWith("HTTP/1.0 ")) {
                throw new IOException("not an HTTP answer: " + status);
            }
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim().toLowerCase();
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase().contains("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closed = true; // the body ends with the connection
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (closed) {
                close();
            }
            return Integer.parseInt(status.substring(9, 12));
        }

        boolean closed() {
            return closed;
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long n = in.skip(left);
                if (n <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("the connection closed in the body");
                    }
                    n = 1;
                }
                left -= n;
            }
        }

        @Override
        public void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
