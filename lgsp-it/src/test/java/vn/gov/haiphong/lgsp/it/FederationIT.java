package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A city system reaches a national service through the LGSP and its peer link: the national platform simulator
 * (lgsp-national-sim, instance NDXP) deployed beside the platform is configured as a peer, its catalog fetched, a
 * right granted; the call is logged here and journalled there with the same X-Road-Id and request hash, the LGSP as
 * the client and the city system as the represented party. Refusals before the peer (no right, disabled link) never
 * reach it; the peer down or refusing the LGSP are the documented errors.
 */
@ExtendWith(ArquillianExtension.class)
class FederationIT {

    static final String PEER = "/admin/v1/peers/NDXP";
    static final String SIM = Http.BASE + "/national-sim";
    static final String CITIZEN_SERVICE = "NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan";
    static final String BUSINESS_SERVICE = "NDXP/GOV/BTC/dang-ky-doanh-nghiep/traCuuDoanhNghiep";
    static final String ME = "VN/GOV/H24.10/his";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String peerBody(String baseUrl, String secretProperty, boolean enabled) {
        return "{\"baseUrl\":\"" + baseUrl + "\",\"memberClass\":\"GOV\",\"memberCode\":\"H24\",\"subsystemCode\":\"lgsp\","
                + "\"tokenUrl\":\"" + SIM + "/token\",\"clientId\":\"GOV/H24/lgsp\",\"secretProperty\":\"" + secretProperty
                + "\",\"timeoutMs\":5000,\"enabled\":" + enabled + "}";
    }

    @BeforeEach
    void peerWithItsCatalog() {
        JsonNode peer = json(expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.ndxp.secret", true))));
        assertEquals("NDXP/GOV/H24/lgsp", peer.get("ownClient").asText());
        assertTrue(peer.get("secretConfigured").asBoolean(), "the IT server sets lgsp.peer.ndxp.secret");
        assertFalse(peer.toString().contains("demo-secret-national"), "the secret is never shown");
        expect(200, call(Tokens.AUTHORITY, "POST", PEER + "/catalog", ""));
    }

    @AfterEach
    void noPeer() {
        call(Tokens.OPERATOR, "DELETE", PEER, "");
    }

    private static HttpResponse<String> citizen(String number, String xroadId) {
        return send(Http.as(Tokens.SYSTEM, "/r1/" + CITIZEN_SERVICE + "/cong-dan/" + number)
                .header("X-Road-Client", ME).header("X-Road-Id", xroadId).header("X-Road-UserId", "VN031-canbo-yte"));
    }

    private static JsonNode journal(String xroadId) {
        return json(send(request(SIM + "/journal?xroadId=" + xroadId)));
    }

    private static Map<String, Object> logged(String xroadId) {
        return Database.row("SELECT client, service, status, error_code, user_id FROM exchange_log WHERE xroad_id = '"
                + xroadId + "'");
    }

    private static void grant() {
        expect(201, call(Tokens.AUTHORITY, "POST", PEER + "/rights",
                "{\"service\":\"" + CITIZEN_SERVICE + "\",\"system\":\"H24.10/his\"}"));
    }

    @Test
    void theCatalogIsFetchedAndEveryoneMayDiscoverIt() {
        JsonNode services = json(expect(200, Http.send(Http.as(Tokens.SYSTEM, PEER + "/services?size=100")))).get("items");
        JsonNode citizen = null;
        for (JsonNode s : services) {
            if (CITIZEN_SERVICE.equals(s.get("name").asText())) {
                citizen = s;
            }
        }
        assertTrue(citizen != null, services.toString());
        assertEquals("OPENAPI", citizen.get("type").asText());
        assertEquals("GET /cong-dan/{soDinhDanh}", citizen.get("endpoints").get(0).asText());
        assertEquals(2, services.size(), "the REST and the SOAP service the simulator lists");
    }

    @Test
    void aGrantedCityCallReachesTheNationalServiceAndIsLoggedOnBothSides() {
        String refusedId = "fed-" + UUID.randomUUID();
        HttpResponse<String> refused = citizen("031190004567", refusedId);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("Server.ServerProxy.AccessDenied", refused.headers().firstValue("X-Road-Error").orElseThrow());
        assertEquals(0, journal(refusedId).size(), "refused here: the peer never saw it");

        grant();
        String id = "fed-" + UUID.randomUUID();
        HttpResponse<String> answer = citizen("031190004567", id);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Trần Thị Bình", json(answer).get("hoVaTen").asText());
        String hash = answer.headers().firstValue("X-Road-Request-Hash").orElseThrow();
        assertEquals(ME, answer.headers().firstValue("X-Road-Client").orElseThrow(), "the caller sees itself as client");

        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals("NDXP/GOV/H24/lgsp", there.get(0).get("client").asText(), "the LGSP is the client at the peer");
        assertEquals("GOV/H24.10", there.get(0).get("representedParty").asText(), "the city system is represented");
        assertEquals("VN031-canbo-yte", there.get(0).get("userId").asText());
        assertEquals(hash, there.get(0).get("requestHash").asText(), "one request, one hash on both sides");

        Map<String, Object> here = logged(id);
        assertEquals(ME, here.get("client"));
        assertEquals(CITIZEN_SERVICE, here.get("service"));
        assertEquals(200, ((Number) here.get("status")).intValue());
        assertEquals("VN031-canbo-yte", here.get("user_id"));

        String downId = "fed-" + UUID.randomUUID();
        HttpResponse<String> down = citizen("031099000503", downId);
        assertEquals(503, down.statusCode(), "the national database's own failure is relayed");
        assertEquals(503, ((Number) logged(downId).get("status")).intValue());
    }

    /** A SOAP message from the city system to the simulator's business-registry lookup, through /ws/gateway. */
    static HttpResponse<String> business(String code, String xroadId) {
        return send(SoapGatewayIT.soap(Tokens.SYSTEM, businessEnvelope(code, xroadId)));
    }

    static String businessEnvelope(String code, String xroadId) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xrd=\""
                + SoapGatewayIT.XRD + "\" xmlns:id=\"" + SoapGatewayIT.ID + "\"><soap:Header>"
                + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>VN</id:xRoadInstance><id:memberClass>GOV"
                + "</id:memberClass><id:memberCode>H24.10</id:memberCode><id:subsystemCode>his</id:subsystemCode>"
                + "</xrd:client><xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>NDXP</id:xRoadInstance>"
                + "<id:memberClass>GOV</id:memberClass><id:memberCode>BTC</id:memberCode><id:subsystemCode>"
                + "dang-ky-doanh-nghiep</id:subsystemCode><id:serviceCode>traCuuDoanhNghiep</id:serviceCode>"
                + "</xrd:service><xrd:id>" + xroadId + "</xrd:id><xrd:userId>VN031-canbo-kh</xrd:userId>"
                + "<xrd:protocolVersion>4.0</xrd:protocolVersion></soap:Header><soap:Body><dn:traCuuDoanhNghiep"
                + " xmlns:dn=\"urn:ndxp-simulator:dang-ky-doanh-nghiep:v1\"><dn:maSoDoanhNghiep>" + code
                + "</dn:maSoDoanhNghiep></dn:traCuuDoanhNghiep></soap:Body></soap:Envelope>";
    }

    /** The text of the answer's {@code xrd:requestHash}. */
    private static String soapRequestHash(String answer) {
        int start = answer.indexOf(">", answer.indexOf("requestHash")) + 1;
        return answer.substring(start, answer.indexOf("<", start));
    }

    static String sha512(String message) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-512")
                    .digest(message.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSoapCallReachesTheNationalSoapServiceAsTheLgspForTheCitySystem() {
        String refusedId = "fed-soap-" + UUID.randomUUID();
        HttpResponse<String> refused = business("0200123456", refusedId);
        assertEquals(500, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Server.ServerProxy.AccessDenied"), refused.body());
        assertEquals(0, journal(refusedId).size(), "refused here: the peer never saw it");

        expect(201, call(Tokens.AUTHORITY, "POST", PEER + "/rights",
                "{\"service\":\"" + BUSINESS_SERVICE + "\",\"system\":\"H24.10/his\"}"));
        String id = "fed-soap-" + UUID.randomUUID();
        HttpResponse<String> answer = business("0200123456", id);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Công ty TNHH Cảng biển Đình Vũ"), answer.body());
        assertTrue(answer.body().contains("<id:memberCode>H24.10</id:memberCode>"), "the caller sees itself as client");
        assertFalse(answer.body().contains("representedParty") || answer.body().contains(">lgsp<"),
                "the peer's own X-Road headers stay at the link: " + answer.body());
        assertEquals(sha512(businessEnvelope("0200123456", id)), soapRequestHash(answer.body()),
                "the caller's answer hashes the caller's own message");

        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals("NDXP/GOV/H24/lgsp", there.get(0).get("client").asText(), "the LGSP is the client at the peer");
        assertEquals("GOV/H24.10", there.get(0).get("representedParty").asText(), "the city system is represented");
        assertEquals("VN031-canbo-kh", there.get(0).get("userId").asText());
        assertEquals(BUSINESS_SERVICE, there.get(0).get("service").asText());
        assertNotEquals(sha512(businessEnvelope("0200123456", id)), there.get(0).get("requestHash").asText(),
                "the peer hashed the message the LGSP rewrote, and the LGSP checked its xrd:requestHash against that");

        Map<String, Object> here = logged(id);
        assertEquals(ME, here.get("client"));
        assertEquals(BUSINESS_SERVICE, here.get("service"));
        assertEquals(200, ((Number) here.get("status")).intValue());

        HttpResponse<String> notFound = business("0209999999", "fed-soap-" + UUID.randomUUID());
        assertEquals(500, notFound.statusCode(), "the registry's own fault is relayed");
        assertTrue(notFound.body().contains("Không tìm thấy doanh nghiệp"), notFound.body());

        HttpResponse<String> overRest = send(Http.as(Tokens.SYSTEM, "/r1/" + BUSINESS_SERVICE + "/x")
                .header("X-Road-Client", ME));
        assertEquals(400, overRest.statusCode(), overRest.body());
        assertTrue(overRest.body().contains("/ws/gateway"), overRest.body());

        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody("http://127.0.0.1:1/national-sim", "lgsp.peer.ndxp.secret",
                true)));
        String downId = "fed-soap-" + UUID.randomUUID();
        HttpResponse<String> down = business("0200123456", downId);
        assertEquals(500, down.statusCode(), down.body());
        assertTrue(down.body().contains("Server.ServerProxy.ServiceFailed"), down.body());
        assertEquals("Server.ServerProxy.ServiceFailed", logged(downId).get("error_code"));
    }

    @Test
    void aPeerDownOrRefusingTheLgspIsTheDocumentedErrorAndADisabledLinkNeverCallsIt() {
        grant();
        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody("http://127.0.0.1:1/national-sim", "lgsp.peer.ndxp.secret",
                true)));
        String downId = "fed-" + UUID.randomUUID();
        HttpResponse<String> down = citizen("031190004567", downId);
        assertEquals(502, down.statusCode(), down.body());
        assertEquals("Server.ServerProxy.ServiceFailed", down.headers().firstValue("X-Road-Error").orElseThrow());
        assertEquals("Server.ServerProxy.ServiceFailed", logged(downId).get("error_code"));

        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.no-such-secret", true)));
        HttpResponse<String> noSecret = citizen("031190004567", "fed-" + UUID.randomUUID());
        assertEquals(502, noSecret.statusCode(), noSecret.body());
        assertEquals("Server.ClientProxy.PeerAuthenticationFailed", noSecret.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(json(noSecret).get("detail").asText().contains("NDXP"), noSecret.body());

        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.ndxp.secret", false)));
        String disabledId = "fed-" + UUID.randomUUID();
        HttpResponse<String> disabled = citizen("031190004567", disabledId);
        assertEquals(503, disabled.statusCode(), disabled.body());
        assertEquals(0, journal(disabledId).size());
    }

    private static long peerDownAlerts(boolean open) {
        return Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE rule = 'PEER_DOWN' AND subject = 'NDXP'"
                + (open ? " AND resolved_at IS NULL" : ""));
    }

    @Test
    void aPeerDownRaisesOneAlertAndTheNextCallThatReachesItResolvesIt() {
        grant();
        long before = peerDownAlerts(false);
        // The peer refusing the LGSP's credentials is a link failure the circuit breaker never sees (no call is made),
        // so the service's circuit stays closed for the recovery and the other tests.
        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.no-such-secret", true)));
        for (int i = 0; i < 3; i++) {
            assertEquals(502, citizen("031190004567", "fed-" + UUID.randomUUID()).statusCode());
        }
        assertEquals(1, peerDownAlerts(true), "three link failures in a row: the peer's alert fires");
        assertEquals(before + 1, peerDownAlerts(false), "one alert, not one per failure");

        expect(200, call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.ndxp.secret", true)));
        assertEquals(200, citizen("031190004567", "fed-" + UUID.randomUUID()).statusCode());
        assertEquals(0, peerDownAlerts(true), "the peer answers again: its alert is resolved");
    }

    @Test
    void aRevokedRightIsRefusedAtOnce() {
        grant();
        assertEquals(200, citizen("031085001234", "fed-" + UUID.randomUUID()).statusCode());
        JsonNode page = json(expect(200, Http.send(Http.as(Tokens.AUDITOR, PEER + "/rights"))));
        assertEquals(1, page.get("totalItems").asLong(), page.toString());
        JsonNode rights = page.get("items");
        assertEquals(1, rights.size());
        expect(204, call(Tokens.AUTHORITY, "DELETE", PEER + "/rights/" + rights.get(0).get("id").asLong(), ""));
        assertEquals(403, citizen("031085001234", "fed-" + UUID.randomUUID()).statusCode());
    }

    @Test
    void aPeerIsConfiguredOnlyByTheAuthorityAndTheOperatorAndOnlyWithAValidConfiguration() {
        long audited = Database.count("admin_audit");
        assertEquals(403, call(Tokens.AUDITOR, "PUT", PEER, peerBody(SIM, "lgsp.peer.ndxp.secret", true)).statusCode());
        assertEquals(403, call(Tokens.ADMIN_A, "POST", PEER + "/rights",
                "{\"service\":\"" + CITIZEN_SERVICE + "\",\"system\":\"H24.10/his\"}").statusCode());
        assertEquals(403, Http.send(Http.as(Tokens.SYSTEM, PEER)).statusCode());
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", "/admin/v1/peers/VN",
                peerBody(SIM, "lgsp.peer.ndxp.secret", true)), 400, "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", PEER, peerBody(SIM, "java.home", true)), 400,
                "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "PUT", PEER, peerBody("ftp://127.0.0.1/x", "lgsp.peer.ndxp.secret",
                true)), 400, "validation-failed");
        assertEquals(audited, Database.count("admin_audit"), "refusals change nothing");
    }
}
