package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TLS by configuration (Thông tư 39/2017), with self-signed certificates this test makes with {@code keytool}: a node
 * started with {@code wildfly-config/cli/tls/10-https.cli} applied (twice: it is idempotent) serves HTTPS with the
 * configured key and speaks TLS 1.2 and 1.3 only; its gateway, given a truststore ({@code lgsp.gateway.truststore}),
 * reaches an HTTPS provider whose certificate is in it and refuses one whose certificate is not
 * ({@code Server.ServerProxy.ServiceFailed}).
 */
@ExtendWith(ArquillianExtension.class)
class TlsIT {

    static final Path ROOT = Path.of(System.getProperty("it.project.root", ".."));
    static final Path WORK = Path.of(System.getProperty("it.cluster.work", "target/cluster"));
    static final String PASSWORD = "tls-it-secret";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void httpsIsServedWithTheConfiguredKeyAndProvidersAreTrustedByTheTruststore() throws Exception {
        Path dir = WORK.resolve("tls-keys"); // not "tls": the node's base directory, made afresh at its start
        WildFlyProcess.deleteTree(dir);
        Files.createDirectories(dir);
        Path server = keyPair(dir, "server");
        Path trusted = keyPair(dir, "provider-trusted");
        Path untrusted = keyPair(dir, "provider-untrusted");
        Path truststore = dir.resolve("providers-truststore.p12");
        keytool("-exportcert", "-alias", "provider-trusted", "-keystore", trusted.toString(), "-storepass", PASSWORD,
                "-file", dir.resolve("provider-trusted.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "provider-trusted", "-file",
                dir.resolve("provider-trusted.cer").toString(), "-keystore", truststore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD);

        HttpsServer good = provider(trusted);
        HttpsServer bad = provider(untrusted);
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        GatewayIT.registerEchoLike("tls-tin-cay-" + suffix, "https://127.0.0.1:" + good.getAddress().getPort() + "/p", 5000);
        GatewayIT.registerEchoLike("tls-la-" + suffix, "https://127.0.0.1:" + bad.getAddress().getPort() + "/p", 5000);

        List<String> properties = new ArrayList<>(WildFlyProcess.managedServerProperties());
        properties.addAll(List.of("-Djboss.node.name=lgsp-it-tls", "-Djboss.tx.node.id=lgsp-it-tls",
                "-Dlgsp.tls.keystore=" + server.toAbsolutePath(), "-Dlgsp.tls.keystore-password=" + PASSWORD,
                "-Dlgsp.gateway.truststore=" + truststore.toAbsolutePath(),
                "-Dlgsp.gateway.truststore-password=" + PASSWORD, "--admin-only"));
        try (WildFlyProcess node = WildFlyProcess.start("tls", "standalone-ha.xml", ClusterFailoverIT.NODE_OFFSET, WORK,
                List.of(Path.of(System.getProperty("lgsp.ear"))), "-Xms256m -Xmx768m", properties)) {
            Path script = ROOT.resolve("wildfly-config/cli/tls/10-https.cli");
            WildFlyProcess.await("tls node's management", Duration.ofMinutes(2), Duration.ofMillis(500), () -> {
                try {
                    return WildFlyProcess.cli(node.managementPort(), ":read-attribute(name=server-state)").contains("success");
                } catch (IllegalStateException e) {
                    return false;
                }
            });
            WildFlyProcess.cliFile(node.managementPort(), script);
            String first = listener(node);
            WildFlyProcess.cliFile(node.managementPort(), script);
            assertEquals(first, listener(node), "a second run changes nothing");
            WildFlyProcess.cli(node.managementPort(), ":reload(start-mode=normal)");
            Thread.sleep(2000);
            node.awaitReady(Duration.ofMinutes(4));

            int https = 8443 + node.offset;
            assertEquals("ACCEPTED TLSv1.3", probe(https, "TLSv1.3"));
            assertEquals("ACCEPTED TLSv1.2", probe(https, "TLSv1.2"));
            for (String old : List.of("TLSv1.1", "TLSv1")) {
                String refused = probe(https, old);
                assertTrue(refused.startsWith("REFUSED") && refused.contains("protocol_version"), old + ": " + refused);
            }
            HttpResponse<String> overHttps = HttpClient.newBuilder().sslContext(trusting(server)).build().send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/api/v1/agencies/H24.10"))
                            .header("Authorization", "Bearer " + Tokens.of(Tokens.SYSTEM)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, overHttps.statusCode(), overHttps.body());

            String gateway = "http://127.0.0.1:" + node.httpPort() + "/r1/VN/GOV/H24.06/dat-dai/";
            HttpResponse<String> ok = Http.send(GatewayIT.call(Tokens.SYSTEM, gateway + "tls-tin-cay-" + suffix + "/x",
                    GatewayIT.ME));
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("{\"tls\":\"ok\"}", ok.body());
            HttpResponse<String> refused = Http.send(GatewayIT.call(Tokens.SYSTEM, gateway + "tls-la-" + suffix + "/x",
                    GatewayIT.ME).header("Accept-Language", "en"));
            assertEquals(502, refused.statusCode(), refused.body());
            assertEquals("Server.ServerProxy.ServiceFailed", refused.headers().firstValue("X-Road-Error").orElseThrow());
            assertEquals("service-failed", json(refused).get("code").asText(), refused.body());
            assertTrue(json(refused).get("detail").asText().contains("SSLHandshakeException"), refused.body());
        } finally {
            good.stop(0);
            bad.stop(0);
        }
    }

    /** The HTTPS listener as the script left it. */
    static String listener(WildFlyProcess node) {
        return WildFlyProcess.cli(node.managementPort(),
                "/subsystem=undertow/server=default-server/https-listener=https:read-resource");
    }

    /** A self-signed EC key and certificate for 127.0.0.1 in a PKCS12 key store of its own. */
    static Path keyPair(Path dir, String alias) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1, O=LGSP TlsIT", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
    }

    /** A provider over HTTPS with this key: answers every request with a small JSON. */
    static HttpsServer provider(Path keyStore) throws Exception {
        KeyStore keys = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] body = "{\"tls\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** An SSL context trusting the certificate of this key store only. */
    static SSLContext trusting(Path keyStore) throws Exception {
        KeyStore keys = KeyStore.getInstance(keyStore.toFile(), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /**
     * {@code TlsProbe} in a JVM of its own that may offer every TLS version (this JDK refuses TLS 1.0 and 1.1 on its
     * side by default: the server's refusal is what is tested).
     */
    static String probe(int port, String protocol) throws IOException, InterruptedException {
        Path security = WORK.resolve("tls-keys/probe.security");
        Files.writeString(security, "jdk.tls.disabledAlgorithms=\n");
        Path source = Path.of(TlsIT.class.getResource("/tls/TlsProbe.java").getPath());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.properties=" + security.toAbsolutePath(), source.toString(), "127.0.0.1",
                Integer.toString(port), protocol).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return output;
    }
}
