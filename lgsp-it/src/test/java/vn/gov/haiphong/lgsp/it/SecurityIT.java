package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.haiphong.lgsp.client.soap.registry.GetAgency;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryService;

/**
 * Tokens the platform must refuse, obtained from the real Keycloak and then forged; and legacy SOAP
 * callers with HTTP Basic client credentials.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String READ = "/api/v1/agencies/H24";
    private static final String SOAP = "/ws/RegistryService";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * A body declared far above every limit (50 MiB) is refused with the platform's own 413 — problem+json or a
     * SOAP Fault, in the caller's language — before a byte of it is read; not with Undertow's bare 400.
     */
    @Test
    void aBodyDeclaredOverEveryLimitIsAClear413() throws Exception {
        String bearer = "Authorization: Bearer " + Tokens.of(Tokens.SYSTEM) + "\r\n";
        String[][] attempts = {
            {"/r1/VN/GOV/H24.06/dat-dai/echo/mau", bearer + "X-Road-Client: VN/GOV/H24.10/his\r\nContent-Type: "
                    + "application/octet-stream\r\n", "\"code\":\"payload-too-large\""},
            {"/admin/v1/agencies", bearer + "Content-Type: application/json\r\nAccept-Language: en\r\n",
                "Payload too large"},
            {"/ws/gateway", bearer + "Content-Type: text/xml\r\n", "<faultcode>Server.ClientProxy.InvalidRequest</faultcode>"},
            {"/ws/RegistryService", bearer + "Content-Type: text/xml\r\n", "<faultcode>soap:Client</faultcode>"}};
        for (String[] attempt : attempts) {
            String answer = declaredOnly(attempt[0], attempt[1], 50L * 1024 * 1024);
            assertTrue(answer.startsWith("HTTP/1.1 413"), attempt[0] + " → " + answer);
            assertTrue(answer.contains(attempt[2]), attempt[0] + " → " + answer);
        }
    }

    /** A POST whose headers declare {@code length} bytes, none of which are sent: status line, headers and body. */
    static String declaredOnly(String path, String headers, long length) throws Exception {
        java.net.URI base = java.net.URI.create(Http.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + headers
                    + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
                if (end > 0 && declared.find() && declared.start() < end
                        && answer.size() >= end + 4 + Integer.parseInt(declared.group(1))) {
                    break; // the whole answer: the server may keep waiting for the body it never read
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidTokenIsAccepted() {
        assertEquals(200, send(bearer(Tokens.of(Tokens.OPERATOR), READ)).statusCode());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = Tokens.clientCredentials(Tokens.REALM, "short-lived", "short-lived-secret");
        assertEquals(200, send(bearer(token, READ)).statusCode(), "valid for five seconds");
        long expires = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("exp").asLong();
        Thread.sleep(Math.max(0, expires * 1000 - System.currentTimeMillis()) + 1500);
        assertRefused(token);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(Tokens.clientCredentials(Tokens.REALM, "other-app", "other-app-secret"));
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        // The foreign realm's service account even claims lgsp-operator and an agency code.
        assertRefused(Tokens.clientCredentials(Tokens.OTHER_REALM, "intruder", "intruder-secret"));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String[] parts = Tokens.of(Tokens.OPERATOR).split("\\.");
        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertRefused(none + "." + parts[1] + ".");
        assertRefused(none + "." + parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency_code", "iss", "exp"})
    void aTokenWithAnyClaimChangedIsRefused(String claim) throws Exception {
        String[] parts = Tokens.of(Tokens.ADMIN_A).split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        switch (claim) {
            case "agency_code" -> payload.put("agency_code", "H24.03");
            case "iss" -> payload.put("iss", Tokens.OTHER_REALM);
            default -> payload.put("exp", payload.get("exp").asLong() + 86_400);
        }
        assertRefused(parts[0] + "." + encode(JSON.writeValueAsString(payload)) + "." + parts[2]);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String token = Tokens.of(Tokens.OPERATOR);
        char last = token.charAt(token.length() - 5);
        assertRefused(token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4));
    }

    @Test
    void aLegacySoapSystemMayUseBasicWithItsClientSecret() throws Exception {
        RegistryPortType port = new RegistryService(new URL(Http.BASE + SOAP + "?wsdl")).getRegistryPort();
        ((BindingProvider) port).getRequestContext().put(BindingProvider.USERNAME_PROPERTY, "H24.03/ho-tich");
        ((BindingProvider) port).getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "demo-secret-ho-tich");
        GetAgency request = new GetAgency();
        request.setCode("H24.03");
        assertEquals("Sở Tư pháp", port.getAgency(request).getAgency().getName());
        assertEquals("Sở Tư pháp", port.getAgency(request).getAgency().getName(), "second call from the cache");

        ((BindingProvider) port).getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, "wrong-secret");
        SOAPFaultException refused = assertThrows(SOAPFaultException.class, () -> port.getAgency(request));
        assertTrue(refused.getFault().getDetail().getTextContent().contains("invalid-credentials"), refused.getMessage());
    }

    @Test
    void aWrongSecretIsAFaultAndRepeatedFailuresAreThrottled() {
        HttpResponse<String> wrong = soapWithBasic("H24.06/dat-dai", "wrong");
        assertEquals(500, wrong.statusCode(), "a SOAP fault is HTTP 500 (WS-I BP R1126): " + wrong.body());
        assertTrue(wrong.body().contains("<lgsp:code>invalid-credentials</lgsp:code>"), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().contains("Basic realm=\"lgsp\""));
        for (int i = 0; i < 4; i++) {
            soapWithBasic("H24.06/dat-dai", "wrong");
        }
        HttpResponse<String> throttled = soapWithBasic("H24.06/dat-dai", "wrong");
        assertEquals(500, throttled.statusCode(), "that secret is held: " + throttled.body());
        assertTrue(throttled.body().contains("<lgsp:code>too-many-failed-attempts</lgsp:code>"), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, soapWithBasic("H24.06/dat-dai", "demo-secret-dat-dai").statusCode(), "the right one is not");
    }

    @Test
    void anonymousSoapCallersAreRefused() {
        HttpResponse<String> anonymous = send(request(SOAP).header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(getAgencyEnvelope("H24"))));
        assertEquals(500, anonymous.statusCode());
        assertTrue(anonymous.body().contains("<lgsp:code>authentication-required</lgsp:code>"), anonymous.body());
        HttpResponse<String> forged = send(request(SOAP).header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Bearer " + Tokens.clientCredentials(Tokens.OTHER_REALM, "intruder",
                        "intruder-secret"))
                .POST(BodyPublishers.ofString(getAgencyEnvelope("H24"))));
        assertEquals(500, forged.statusCode());
        assertTrue(forged.body().contains("<lgsp:code>invalid-token</lgsp:code>"), forged.body());
    }

    /** A raw SOAP getAgency with HTTP Basic client credentials. */
    static HttpResponse<String> soapWithBasic(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(request(SOAP).header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + basic)
                .POST(BodyPublishers.ofString(getAgencyEnvelope("H24.06"))));
    }

    static String getAgencyEnvelope(String code) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<getAgency xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><code>" + code + "</code></getAgency>"
                + "</s:Body></s:Envelope>";
    }

    private static java.net.http.HttpRequest.Builder bearer(String token, String path) {
        return request(path).header("Authorization", "Bearer " + token);
    }

    /** Refused by the REST API (read and admin) and by SOAP, as an invalid token. */
    private static void assertRefused(String token) {
        AgencyRestIT.assertProblem(send(bearer(token, READ)), 401, "invalid-token");
        AgencyRestIT.assertProblem(send(bearer(token, "/admin/v1/agencies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))), 401, "invalid-token");
        HttpResponse<String> soap = send(bearer(token, SOAP).header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(getAgencyEnvelope("H24"))));
        assertEquals(500, soap.statusCode(), soap.body());
        assertTrue(soap.body().contains("<lgsp:code>invalid-token</lgsp:code>"), soap.body());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
