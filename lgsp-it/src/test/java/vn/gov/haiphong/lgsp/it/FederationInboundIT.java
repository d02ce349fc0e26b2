package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
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
 * A national caller reaches a city service through the LGSP: the national platform simulator (instance NDXP), as its
 * security server, takes a token from the LGSP's Keycloak with its own client ({@code peer-NDXP}) and calls
 * {@code /r1/VN/GOV/H24.06/dat-dai/echo} naming its member {@code NDXP/GOV/BCA/csdl-dan-cu}. Without a right the
 * LGSP refuses and the provider never sees the call; with one the city service answers, to the member as its client,
 * logged here and journalled there with the same X-Road-Id and request hash. Neither side can pose as the other: a
 * city system's token cannot name a national member, and the peer's token cannot name a city system or a member of
 * another instance.
 */
@ExtendWith(ArquillianExtension.class)
class FederationInboundIT {

    static final String PEER = FederationIT.PEER;
    static final String MEMBER = "GOV/BCA/csdl-dan-cu";
    static final String NATIONAL_CLIENT = "NDXP/" + MEMBER;
    static final String ECHO = "VN/GOV/H24.06/dat-dai/echo";
    static final String CIVIL_STATUS = "VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void peer() {
        expect(200, call(Tokens.OPERATOR, "PUT", PEER, FederationIT.peerBody(FederationIT.SIM, "lgsp.peer.ndxp.secret",
                true)));
    }

    @AfterEach
    void noPeer() {
        call(Tokens.OPERATOR, "DELETE", PEER, "");
    }

    /** The simulator calls the city's echo service for its member, as a national caller. */
    private static JsonNode nationalCall(String xroadId) {
        return json(expect(200, send(request(FederationIT.SIM + "/outbound?member=" + MEMBER + "&service=" + ECHO
                + "&path=/ho-so&xroadId=" + xroadId).POST(BodyPublishers.noBody()))));
    }

    private static String peerToken() {
        return Tokens.clientCredentials(Tokens.REALM, "peer-NDXP", "demo-secret-peer-ndxp");
    }

    private static Map<String, Object> logged(String xroadId) {
        return Database.row("SELECT client, service, status, error_code FROM exchange_log WHERE xroad_id = '"
                + xroadId + "'");
    }

    private static JsonNode journal(String xroadId) {
        return json(send(request(FederationIT.SIM + "/journal?xroadId=" + xroadId)));
    }

    private static long grant() {
        return json(expect(201, call(Tokens.AUTHORITY, "POST", PEER + "/inbound-rights",
                "{\"member\":\"" + MEMBER + "\",\"service\":\"" + ECHO + "\"}"))).get("id").asLong();
    }

    @Test
    void withoutARightTheNationalCallIsRefusedAndTheProviderNeverCalled() {
        long calls = GatewayIT.providerCalls();
        String id = "in-" + UUID.randomUUID();
        JsonNode refused = nationalCall(id);
        assertEquals(403, refused.get("status").asInt(), refused.toString());
        assertEquals("Server.ServerProxy.AccessDenied", refused.get("xroadError").asText());
        assertEquals(calls, GatewayIT.providerCalls(), "refused here: the provider never saw it");

        Map<String, Object> here = logged(id);
        assertEquals(NATIONAL_CLIENT, here.get("client"), "the peer's member is the client in the log");
        assertEquals(ECHO, here.get("service"));
        assertEquals("Server.ServerProxy.AccessDenied", here.get("error_code"));
        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals(403, there.get(0).get("status").asInt());
        assertEquals(NATIONAL_CLIENT, there.get(0).get("client").asText());
    }

    @Test
    void withARightTheCityServiceAnswersTheMemberAndBothSidesLogIt() throws Exception {
        long right = grant();
        long calls = GatewayIT.providerCalls();
        String id = "in-" + UUID.randomUUID();
        JsonNode answer = nationalCall(id);
        assertEquals(200, answer.get("status").asInt(), answer.toString());
        JsonNode echoed = Http.JSON.readTree(answer.get("body").asText()).get("headers");
        assertEquals(NATIONAL_CLIENT, echoed.get("x-road-client").asText(), "the provider sees the member as client");
        assertEquals(id, echoed.get("x-road-id").asText());
        assertEquals(calls + 1, GatewayIT.providerCalls());

        Map<String, Object> here = logged(id);
        assertEquals(NATIONAL_CLIENT, here.get("client"));
        assertEquals(ECHO, here.get("service"));
        assertEquals(200, ((Number) here.get("status")).intValue());
        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals(ECHO, there.get(0).get("service").asText());
        assertEquals(answer.get("requestHash").asText(), there.get(0).get("requestHash").asText(),
                "one request, one hash on both sides");

        JsonNode rights = json(expect(200, send(Http.as(Tokens.AUDITOR, PEER + "/inbound-rights")))).get("items");
        assertEquals(1, rights.size(), rights.toString());
        assertEquals(NATIONAL_CLIENT, rights.get(0).get("member").asText());
        assertEquals(0, json(expect(200, send(Http.as(Tokens.ADMIN_A, PEER + "/inbound-rights")))).get("totalItems").asInt(),
                "an agency admin reads the rights to its own agency's services only");
        expect(204, call(Tokens.AUTHORITY, "DELETE", PEER + "/inbound-rights/" + right, ""));
        assertEquals(403, nationalCall("in-" + UUID.randomUUID()).get("status").asInt(), "revoked at once");
    }

    @Test
    void aCitySystemCannotPoseAsANationalMemberNorThePeerAsACitySystem() throws Exception {
        grant();
        long calls = GatewayIT.providerCalls();
        HttpResponse<String> cityAsNational = send(GatewayIT.call(Tokens.SYSTEM, "/r1/" + ECHO + "/x",
                NATIONAL_CLIENT));
        assertEquals(403, cityAsNational.statusCode(), cityAsNational.body());
        assertEquals("client-mismatch", json(cityAsNational).get("code").asText());

        String peer = peerToken();
        HttpResponse<String> nationalAsCity = send(request("/r1/" + ECHO + "/x").header("Authorization", "Bearer " + peer)
                .header("X-Road-Client", GatewayIT.ME));
        assertEquals(403, nationalAsCity.statusCode(), nationalAsCity.body());
        assertEquals("client-mismatch", json(nationalAsCity).get("code").asText());
        HttpResponse<String> otherInstance = send(request("/r1/" + ECHO + "/x").header("Authorization", "Bearer " + peer)
                .header("X-Road-Client", "EE/" + MEMBER));
        assertEquals(403, otherInstance.statusCode(), otherInstance.body());
        assertEquals(calls, GatewayIT.providerCalls(), "none of them reached the provider");

        HttpResponse<String> direct = send(request("/r1/" + ECHO + "/x").header("Authorization", "Bearer " + peer)
                .header("X-Road-Client", NATIONAL_CLIENT));
        assertEquals(200, direct.statusCode(), "the same token naming its own member is admitted: " + direct.body());
        assertEquals(403, send(Http.request("/admin/v1/peers").header("Authorization", "Bearer " + peer)).statusCode(),
                "the peer's token is no oversight role");

        expect(200, call(Tokens.OPERATOR, "PUT", PEER, FederationIT.peerBody(FederationIT.SIM, "lgsp.peer.ndxp.secret",
                false)));
        HttpResponse<String> disabled = send(request("/r1/" + ECHO + "/x").header("Authorization", "Bearer " + peer)
                .header("X-Road-Client", NATIONAL_CLIENT));
        assertEquals(403, disabled.statusCode(), "a disabled link admits none of its members: " + disabled.body());
        assertTrue(json(disabled).get("code").asText().startsWith("client-not-connected"), disabled.body());
    }

    /**
     * The same over SOAP: the simulator sends an X-Road 4.0 message whose {@code xrd:client} is its member to the city's
     * civil-status service; refused without a right, answered with one, logged on both sides with one request hash. The
     * member asks what it may call ({@code allowedMethods}) over SOAP and over REST, and names only itself.
     */
    @Test
    void aNationalCallerReachesACitySoapServiceItWasGrantedAndAsksWhatItMayCall() throws Exception {
        String birth = "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>031219000777"
                + "</ht:soDinhDanh></ht:traCuuKhaiSinh>";
        String refusedId = "in-soap-" + UUID.randomUUID();
        JsonNode refused = nationalSoapCall(refusedId, birth);
        assertEquals("Server.ServerProxy.AccessDenied", refused.path("xroadError").asText(), refused.toString());
        assertEquals(List.of(), allowedOverSoap(), "no right, nothing allowed");

        expect(201, call(Tokens.AUTHORITY, "POST", PEER + "/inbound-rights",
                "{\"member\":\"" + MEMBER + "\",\"service\":\"" + CIVIL_STATUS + "\"}"));
        String id = "in-soap-" + UUID.randomUUID();
        JsonNode answer = nationalSoapCall(id, birth);
        assertEquals(200, answer.get("status").asInt(), answer.toString());
        assertTrue(answer.get("body").asText().contains("Trần Thị Bình"), answer.toString());
        Map<String, Object> here = Database.row("SELECT client, service, protocol, operation, status FROM exchange_log"
                + " WHERE xroad_id = '" + id + "'");
        assertEquals(NATIONAL_CLIENT, here.get("client"));
        assertEquals(CIVIL_STATUS, here.get("service"));
        assertEquals("SOAP", here.get("protocol"));
        assertEquals("traCuuKhaiSinh", here.get("operation"));
        assertEquals(200, ((Number) here.get("status")).intValue());
        JsonNode there = journal(id);
        assertEquals(1, there.size(), there.toString());
        assertEquals(answer.get("requestHash").asText(), there.get(0).get("requestHash").asText(),
                "one request, one hash on both sides");

        assertEquals(List.of("tra-cuu-ho-tich/v1"), allowedOverSoap());
        String peer = peerToken();
        JsonNode overRest = json(expect(200, send(request("/r1/VN/GOV/H24.03/ho-tich/allowedMethods?client="
                + NATIONAL_CLIENT).header("Authorization", "Bearer " + peer))));
        assertEquals(1, overRest.get("service").size(), overRest.toString());
        assertEquals("tra-cuu-ho-tich", overRest.get("service").get(0).get("service_code").asText());
        assertEquals(400, send(request("/r1/VN/GOV/H24.03/ho-tich/allowedMethods?client=EE/" + MEMBER)
                .header("Authorization", "Bearer " + peer)).statusCode(), "a member of another instance");
        HttpResponse<String> asCity = send(request("/ws/gateway").header("Authorization", "Bearer " + peer)
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofString(SoapGatewayIT.envelope("H24.101/mot-cua", CIVIL_STATUS.substring("VN/GOV/".length()),
                        birth))));
        assertTrue(asCity.body().contains("<faultcode>Server.ClientProxy.InvalidClient</faultcode>"),
                "the peer cannot name a city system: " + asCity.body());
    }

    private static JsonNode nationalSoapCall(String xroadId, String operation) {
        return json(expect(200, send(request(FederationIT.SIM + "/outbound/soap?member=" + MEMBER + "&service="
                + CIVIL_STATUS + "&xroadId=" + xroadId).header("Content-Type", "text/xml")
                .POST(BodyPublishers.ofString(operation)))));
    }

    /** {@code allowedMethods} of the civil-status provider, asked over SOAP by the peer for its member. */
    private static List<String> allowedOverSoap() throws Exception {
        HttpResponse<String> answer = send(request("/ws/gateway").header("Authorization", "Bearer " + peerToken())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofString(SoapGatewayIT.envelope(NATIONAL_CLIENT, "H24.03/ho-tich/allowedMethods",
                        "<xrd:allowedMethods/>"))));
        assertEquals(200, answer.statusCode(), answer.body());
        return SoapGatewayIT.listedServices(answer.body());
    }

    @Test
    void inboundRightsAreKeptByTheAuthorityAndTheOperatorOnly() {
        long audited = Database.count("admin_audit");
        String body = "{\"member\":\"" + MEMBER + "\",\"service\":\"" + ECHO + "\"}";
        assertEquals(403, call(Tokens.ADMIN_A, "POST", PEER + "/inbound-rights", body).statusCode());
        assertEquals(403, call(Tokens.AUDITOR, "POST", PEER + "/inbound-rights", body).statusCode());
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "POST", PEER + "/inbound-rights",
                "{\"member\":\"GOV/BCA\",\"service\":\"" + ECHO + "\"}"), 400, "validation-failed");
        AgencyRestIT.assertProblem(call(Tokens.OPERATOR, "POST", PEER + "/inbound-rights",
                "{\"member\":\"" + MEMBER + "\",\"service\":\"NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan\"}"), 400,
                "validation-failed");
        assertEquals(404, call(Tokens.OPERATOR, "POST", PEER + "/inbound-rights",
                "{\"member\":\"" + MEMBER + "\",\"service\":\"VN/GOV/H24.06/dat-dai/khong-co\"}").statusCode());
        assertEquals(audited, Database.count("admin_audit"), "refusals change nothing");
    }
}
