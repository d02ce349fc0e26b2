package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outbound requests on an agency admin's word (finding: SSRF) and the Basic throttle, on the real server. The test
 * server allows loopback {@code 127.0.0.1} for its demo provider, as the demo does; its management interface stays
 * out of reach even so. Refusals say only that the address is not allowed, or that the contract could not be
 * fetched — never what an address answered — and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OutboundPolicyIT {

    static final int HTTP_PORT = URI.create(Http.BASE).getPort();
    static final int MANAGEMENT_PORT = URI.create(Http.MANAGEMENT).getPort();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Addresses a URL parser accepts and the platform must never call. */
    static Stream<String> forbidden() {
        return Stream.of(
                "http://127.0.0.1:" + MANAGEMENT_PORT + "/management",
                Http.MANAGEMENT + "/health/ready",
                "https://127.0.0.1:" + (MANAGEMENT_PORT + 3) + "/management",
                "http://localhost:" + MANAGEMENT_PORT + "/management",
                "http://[::ffff:127.0.0.1]:" + MANAGEMENT_PORT + "/management",
                "http://[::1]:" + HTTP_PORT + "/demo-provider/test/echo",
                "http://127.0.0.2:" + HTTP_PORT + "/demo-provider/test/echo",
                "http://0.0.0.0:" + HTTP_PORT + "/demo-provider/test/echo",
                "http://evil@127.0.0.1:" + HTTP_PORT + "/demo-provider/test/echo",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/",
                "http://224.0.0.1/");
    }

    @ParameterizedTest
    @MethodSource("forbidden")
    void aProviderUrlOutsideThePolicyIsRefusedAndNothingStored(String url) {
        long services = count("service");
        ObjectNode draft = draft("ssrf-provider");
        draft.put("providerUrl", url);
        JsonNode problem = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services", draft.toString()),
                400, "validation-failed");
        assertRefusedField(problem, "providerUrl");
        assertEquals(services, count("service"));
    }

    @ParameterizedTest
    @MethodSource("forbidden")
    void aContractUrlOutsideThePolicyIsRefusedUnfetchedAndNothingStored(String url) {
        long services = count("service");
        long documents = count("service_document");
        ObjectNode draft = draft("ssrf-contract");
        ((ObjectNode) draft.get("contract")).put("url", url).remove("document");
        JsonNode problem = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services", draft.toString()),
                400, "validation-failed");
        assertRefusedField(problem, "contract.url");
        assertEquals(services, count("service"));
        assertEquals(documents, count("service_document"));
    }

    @Test
    void anAllowedAddressThatFailsGivesOneMessageWhateverItAnswered() {
        long services = count("service");
        List<String> urls = List.of(
                Http.BASE + "/demo-provider/khong-co.yaml",        // answers 404
                Http.BASE + "/demo-provider/test/echo?status=500",  // answers 500
                "http://127.0.0.1:9/openapi.yaml");                 // nothing listens
        List<String> messages = urls.stream().map(url -> {
            ObjectNode draft = draft("ssrf-fetch");
            ((ObjectNode) draft.get("contract")).put("url", url).remove("document");
            JsonNode problem = AgencyRestIT.assertProblem(send(Http.as(Tokens.ADMIN_A, "/admin/v1/services")
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(draft.toString()))), 422, "contract-invalid");
            String message = problem.get("errors").get(0).get("message").asText();
            assertTrue(message.startsWith("Could not fetch the contract from \"" + url + "\""), message);
            for (String leak : List.of("404", "500", "Connect", "refused", "HTTP", "Exception")) {
                assertFalse(message.replace(url, "").contains(leak), leak + " in " + message);
            }
            return message.replace(url, "URL");
        }).toList();
        assertEquals(1, messages.stream().distinct().count(), messages.toString());
        assertEquals(services, count("service"));
    }

    /**
     * A provider address that is not allowed by the time it is used (a name rebound to loopback, a row written before
     * the check existed) is refused when the connection is made: the gateway does not reach the management port.
     */
    @Test
    void theGatewayChecksTheAddressAgainWhenItConnects() {
        GatewayIT.registerEchoLike("ssrf-forward", Http.BASE + "/demo-provider/test/echo", 2000);
        Database.execute("UPDATE service SET provider_url = '" + Http.MANAGEMENT + "/management'"
                + " WHERE service_code = 'ssrf-forward'");
        // a change of rights drops every node's cached policy, so the gateway reads the new address
        expect(201, post(Tokens.AUTHORITY, "/admin/v1/access-rights",
                "{\"service\":\"H24.06/dat-dai/ssrf-forward/v1\",\"consumer\":\"H24.03/ho-tich\"}"));
        HttpResponse<String> answer = send(GatewayIT.call(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/ssrf-forward/x",
                GatewayIT.ME));
        assertEquals(502, answer.statusCode(), answer.body());
        assertEquals("service-failed", json(answer).get("code").asText(), answer.body());
        assertFalse(answer.body().contains("WFLY") || answer.body().contains("management"), answer.body());
    }

    /** Legacy SOAP clients (HTTP Basic), each with its demo secret. */
    static Stream<String[]> basicClients() {
        return Stream.of(new String[] {"H24.03/ho-tich", "demo-secret-ho-tich", "cached first"},
                new String[] {"H24.101/mot-cua", "demo-secret-mot-cua", "never seen"},
                new String[] {"H24.10/his", "demo-secret-his", "never seen"});
    }

    @ParameterizedTest
    @MethodSource("basicClients")
    void theRightSecretGetsThroughAfterSomeoneElsesWrongGuesses(String client, String secret, String history) {
        // Keycloak's first client-credentials grants after its start can take longer than the platform waits (5 s)
        Tokens.clientCredentials(Tokens.REALM, client, secret);
        if (history.equals("cached first")) {
            assertEquals(200, SecurityIT.soapWithBasic(client, secret).statusCode());
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.refusalStatus(SecurityIT.soapWithBasic(client, "guess")), "guess " + (i + 1));
        }
        HttpResponse<String> held = SecurityIT.soapWithBasic(client, "guess");
        assertEquals(429, Http.refusalStatus(held), "the guesser is held: " + held.body());
        HttpResponse<String> owner = SecurityIT.soapWithBasic(client, secret);
        assertEquals(200, owner.statusCode(), "the client that knows its secret is not: " + owner.body());
    }

    private static ObjectNode draft(String code) {
        ObjectNode draft = ServiceCatalogIT.JSON.createObjectNode().put("system", "H24.10/his").put("code", code)
                .put("version", "v1").put("titleVi", "Thử địa chỉ").put("providerUrl", Http.BASE + "/demo-provider");
        draft.putObject("contract").put("type", "OPENAPI")
                .put("document", "openapi: 3.0.0\ninfo: {title: t, version: 1}\npaths: {/x: {get: {}}}\n");
        return draft;
    }

    /** The refusal names the field and says the address is not allowed — nothing about what it would answer. */
    private static void assertRefusedField(JsonNode problem, String field) {
        JsonNode errors = problem.get("errors");
        assertEquals(1, errors.size(), problem.toString());
        assertEquals(field, errors.get(0).get("field").asText(), problem.toString());
        String message = errors.get(0).get("message").asText();
        assertTrue(message.contains("không được phép"), message);
        for (String leak : List.of("WFLY", "401", "Unauthorized", "Connect", "refused", "HTTP")) {
            assertFalse(problem.toString().contains(leak), leak + " in " + problem);
        }
    }

    private static long count(String table) {
        return Database.queryLong(Database.NAME, "SELECT count(*) FROM " + table);
    }
}
