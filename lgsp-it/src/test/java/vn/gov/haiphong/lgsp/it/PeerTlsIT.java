package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mutual TLS to a national peer: the simulator is reached through an HTTPS listener that requires a client certificate
 * (src/test/resources/cli/peer-mtls.cli, applied to the running server once), with keys this test
 * makes with {@code keytool}. The peer is configured with the LGSP's key store and the peer's truststore and no token:
 * the catalog is fetched and a REST and a SOAP call reach the simulator, whose journal names the client certificate's
 * subject. A certificate the peer does not trust, and no certificate at all, are the link's failure: 502
 * {@code Server.ClientProxy.PeerAuthenticationFailed}, and the peer never records an exchange.
 */
@ExtendWith(ArquillianExtension.class)
class PeerTlsIT {

    static final String PASSWORD = "peer-tls-it-secret";
    /** Set on the test server (lgsp-it/pom.xml): the password of every key store this test makes. */
    static final String PASSWORD_PROPERTY = "lgsp.peer.ndxp.keystore-password";
    static final Path DIR = Path.of("target", "peer-tls").toAbsolutePath();
    static final String LISTENER = "/subsystem=undertow/server=default-server/https-listener=peer-mtls";
    static final int MANAGEMENT = ClusterFailoverIT.MANAGED_MANAGEMENT_PORT;

    private static int port;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Added once and left: the test server is this run's own, and removing a listener may want a reload. */
    @BeforeAll
    static void aPeerListenerThatRequiresAClientCertificate() throws Exception {
        WildFlyProcess.deleteTree(DIR);
        Files.createDirectories(DIR);
        keyPair("national-sim-server", "CN=127.0.0.1, O=NDXP simulator");
        keyPair("lgsp-client", "CN=lgsp-h24, O=LGSP Hai Phong");
        keyPair("stranger", "CN=lgsp-h24, O=Not trusted by the peer");
        trust("national-sim-trust", "lgsp-client");
        trust("lgsp-peer-trust", "national-sim-server");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String script;
        try (InputStream template = PeerTlsIT.class.getResourceAsStream("/cli/peer-mtls.cli")) {
            script = new String(template.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", DIR.toString())
                    .replace("@PORT@", Integer.toString(port)).replace("@PASSWORD@", PASSWORD);
        }
        Path file = DIR.resolve("peer-mtls.cli");
        Files.writeString(file, script);
        WildFlyProcess.cliFile(MANAGEMENT, file);
        assertTrue(WildFlyProcess.cli(MANAGEMENT, LISTENER + ":read-resource(include-runtime=true)").contains("success"));
    }

    @AfterEach
    void noPeer() {
        call(Tokens.OPERATOR, "DELETE", FederationIT.PEER, "");
    }

    /** A peer reached at the mutual-TLS listener: with a key store (and no token), or with a token and no key store. */
    private static String peer(String keystore) {
        String base = "{\"baseUrl\":\"https://127.0.0.1:" + port + "/national-sim\",\"memberClass\":\"GOV\","
                + "\"memberCode\":\"H24\",\"subsystemCode\":\"lgsp\",\"timeoutMs\":5000,\"enabled\":true,"
                + "\"truststorePath\":\"" + DIR.resolve("lgsp-peer-trust.p12") + "\",\"truststorePasswordProperty\":\""
                + PASSWORD_PROPERTY + "\",";
        return base + (keystore == null
                ? "\"tokenUrl\":\"https://127.0.0.1:" + port + "/national-sim/token\",\"clientId\":\"GOV/H24/lgsp\","
                        + "\"secretProperty\":\"lgsp.peer.ndxp.secret\"}"
                : "\"keystorePath\":\"" + DIR.resolve(keystore + ".p12") + "\",\"keystorePasswordProperty\":\""
                        + PASSWORD_PROPERTY + "\"}");
    }

    private static HttpResponse<String> citizen(String xroadId) {
        return send(Http.as(Tokens.SYSTEM, "/r1/" + FederationIT.CITIZEN_SERVICE + "/cong-dan/031190004567")
                .header("X-Road-Client", FederationIT.ME).header("X-Road-Id", xroadId));
    }

    private static JsonNode journal(String xroadId) {
        return json(send(request(FederationIT.SIM + "/journal?xroadId=" + xroadId)));
    }

    @Test
    void withTheRightCertificateTheCallReachesThePeerAndWithoutItTheLinkRefuses() {
        JsonNode configured = json(expect(200, call(Tokens.OPERATOR, "PUT", FederationIT.PEER, peer("lgsp-client"))));
        assertTrue(configured.get("keystorePasswordConfigured").asBoolean(), configured.toString());
        assertFalse(configured.toString().contains(PASSWORD), "no password is ever shown");
        expect(200, call(Tokens.AUTHORITY, "POST", FederationIT.PEER + "/catalog", ""));
        for (String service : List.of(FederationIT.CITIZEN_SERVICE, FederationIT.BUSINESS_SERVICE)) {
            expect(201, call(Tokens.AUTHORITY, "POST", FederationIT.PEER + "/rights",
                    "{\"service\":\"" + service + "\",\"system\":\"H24.10/his\"}"));
        }

        String id = "tls-" + UUID.randomUUID();
        HttpResponse<String> answer = citizen(id);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Trần Thị Bình", json(answer).get("hoVaTen").asText());
        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals("NDXP/GOV/H24/lgsp", there.get(0).get("client").asText());
        assertTrue(there.get(0).get("clientCertificate").asText().contains("CN=lgsp-h24"), there.toString());

        String soapId = "tls-soap-" + UUID.randomUUID();
        HttpResponse<String> soap = FederationIT.business("0200123456", soapId);
        assertEquals(200, soap.statusCode(), soap.body());
        assertTrue(journal(soapId).get(0).get("clientCertificate").asText().contains("CN=lgsp-h24"));

        expect(200, call(Tokens.OPERATOR, "PUT", FederationIT.PEER, peer("stranger")));
        String strangerId = "tls-" + UUID.randomUUID();
        HttpResponse<String> stranger = citizen(strangerId);
        assertEquals(502, stranger.statusCode(), stranger.body());
        assertEquals("Server.ClientProxy.PeerAuthenticationFailed",
                stranger.headers().firstValue("X-Road-Error").orElseThrow(), stranger.body());
        assertEquals(0, journal(strangerId).size(), "refused in the TLS handshake: the peer recorded nothing");

        expect(200, call(Tokens.OPERATOR, "PUT", FederationIT.PEER, peer(null)));
        String noneId = "tls-" + UUID.randomUUID();
        HttpResponse<String> none = citizen(noneId);
        assertEquals(502, none.statusCode(), none.body());
        assertEquals("Server.ClientProxy.PeerAuthenticationFailed",
                none.headers().firstValue("X-Road-Error").orElseThrow(), none.body());
        assertEquals(0, journal(noneId).size());
    }

    @Test
    void aPeerNeedsATokenOrACertificateAndAKeyStoreItsPassword() {
        String base = "{\"baseUrl\":\"" + FederationIT.SIM + "\",\"memberClass\":\"GOV\",\"memberCode\":\"H24\","
                + "\"subsystemCode\":\"lgsp\",\"timeoutMs\":5000,\"enabled\":true";
        long audited = Database.count("admin_audit");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", FederationIT.PEER, base + "}"), 400, "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", FederationIT.PEER, base + ",\"keystorePath\":\""
                + DIR.resolve("lgsp-client.p12") + "\"}"), 400, "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", FederationIT.PEER, base + ",\"keystorePath\":"
                + "\"relative.p12\",\"keystorePasswordProperty\":\"" + PASSWORD_PROPERTY + "\"}"), 400, "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", FederationIT.PEER, base + ",\"keystorePath\":\""
                + DIR.resolve("lgsp-client.p12") + "\",\"keystorePasswordProperty\":\"java.home\"}"), 400,
                "validation-failed");
        assertEquals(audited, Database.count("admin_audit"), "refusals change nothing");
    }

    /** A self-signed EC key and certificate in a PKCS12 key store of its own, {@code DIR/alias.p12}. */
    static void keyPair(String alias, String subject) throws Exception {
        TlsIT.keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", DIR.resolve(alias + ".p12").toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
    }

    /** A truststore {@code DIR/name.p12} holding the certificate of {@code alias}'s key store. */
    static void trust(String name, String alias) throws Exception {
        Path certificate = DIR.resolve(alias + ".cer");
        TlsIT.keytool("-exportcert", "-alias", alias, "-keystore", DIR.resolve(alias + ".p12").toString(),
                "-storepass", PASSWORD, "-file", certificate.toString());
        TlsIT.keytool("-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-keystore",
                DIR.resolve(name + ".p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
    }
}
