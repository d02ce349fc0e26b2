import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A plain reverse proxy in front of the demo's WildFly, for the benchmarks to compare the LGSP against: Debian's
 * nginx ({@code apt-get install nginx-light}), started by the bench on a spare loopback port with its own
 * configuration in a temporary directory ({@code -p} prefix, {@code daemon off}: the bench's child process), and
 * stopped when the bench closes it. {@code proxy_pass} to an upstream with kept-alive connections (HTTP/1.1, no
 * {@code Connection: close}), access log off, one worker per core — nginx as one would put it in front of a service.
 */
final class Nginx implements AutoCloseable {

    final int port;
    private final Process master;
    private final Path prefix;

    private Nginx(int port, Process master, Path prefix) {
        this.port = port;
        this.master = master;
        this.prefix = prefix;
    }

    /** nginx proxying every path to {@code upstream} (host:port); waits until it accepts connections. */
    static Nginx start(String upstream) throws Exception {
        String binary = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").filter(b -> Files.isExecutable(Path.of(b)))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "no nginx: install Debian's nginx-light (apt-get install nginx-light)"));
        Path prefix = Files.createTempDirectory("lgsp-bench-nginx");
        int port = sparePort();
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream demo {
                        server %2$s;
                        keepalive 64;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://demo;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(prefix, upstream, port));
        Process master = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-e", prefix.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(prefix.resolve("console.log").toFile()).start();
        Nginx nginx = new Nginx(port, master, prefix);
        for (int i = 0; i < 100; i++) {
            if (!master.isAlive()) {
                nginx.close();
                throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("console.log")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 100);
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx does not accept connections on " + port);
    }

    /** The master process: its workers are its children ({@link ProcessCpu#sample(long)} counts them). */
    long pid() {
        return master.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Stops nginx (SIGTERM: fast shutdown) and removes its directory. */
    @Override
    public void close() throws Exception {
        master.destroy();
        if (!master.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            master.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(prefix)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int sparePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
