package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national platform simulator (lgsp-national-sim, deployed beside the platform) behaves as a national X-Road
 * instance would towards the LGSP: tokens only for its members, X-Road headers and request hashes on every answer,
 * refusals with the provider side's X-Road codes, the metadata a peer reads, and a journal of what it received.
 */
@ExtendWith(ArquillianExtension.class)
class NationalSimulatorIT {

    static final String SIM = "/national-sim";
    static final String LGSP_MEMBER = "NDXP/GOV/H24/lgsp";
    static final String CITIZEN = "/r1/NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan/cong-dan/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String token() {
        HttpResponse<String> answer = send(request(SIM + "/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("grant_type=client_credentials&client_id=GOV/H24/lgsp&client_secret=demo-secret-national")));
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer).get("access_token").asText();
    }

    private static HttpResponse<String> citizen(String number, String token, String client, String id) {
        var call = request(SIM + CITIZEN + number).header("Accept", "application/json").header("X-Road-Client", client)
                .header("X-Road-Id", id).header("X-Road-Represented-Party", "GOV/H24.10").header("X-Road-UserId", "VN031-canbo");
        return send(token == null ? call : call.header("Authorization", "Bearer " + token));
    }

    @Test
    void tokensOnlyForItsMembersByTheClientCredentialsGrant() {
        String form = "application/x-www-form-urlencoded";
        HttpResponse<String> wrongSecret = send(request(SIM + "/token").header("Content-Type", form)
                .POST(BodyPublishers.ofString("grant_type=client_credentials&client_id=GOV/H24/lgsp&client_secret=guess")));
        assertEquals(401, wrongSecret.statusCode());
        assertEquals("invalid_client", json(wrongSecret).get("error").asText());
        HttpResponse<String> password = send(request(SIM + "/token").header("Content-Type", form)
                .POST(BodyPublishers.ofString("grant_type=password&username=a&password=b")));
        assertEquals(400, password.statusCode());
        assertEquals("unsupported_grant_type", json(password).get("error").asText());
        HttpResponse<String> basic = send(request(SIM + "/token").header("Content-Type", form)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "GOV/H24/lgsp:demo-secret-national".getBytes(StandardCharsets.UTF_8)))
                .POST(BodyPublishers.ofString("grant_type=client_credentials")));
        assertEquals(200, basic.statusCode(), basic.body());
        assertEquals("Bearer", json(basic).get("token_type").asText());
    }

    @Test
    void aCitizenLookupAnswersWithXRoadHeadersAndIsJournalled() throws Exception {
        HttpResponse<String> answer = citizen("031190004567", token(), LGSP_MEMBER, "sim-it-1");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode person = json(answer);
        assertEquals("Trần Thị Bình", person.get("hoVaTen").asText());
        assertEquals("11383", person.at("/noiThuongTru/maXa").asText());
        assertEquals("sim-it-1", answer.headers().firstValue("X-Road-Id").orElseThrow());
        assertEquals("NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan", answer.headers().firstValue("X-Road-Service").orElseThrow());
        String emptyHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(new byte[0]));
        assertEquals(emptyHash, answer.headers().firstValue("X-Road-Request-Hash").orElseThrow());

        JsonNode journal = json(send(request(SIM + "/journal?xroadId=sim-it-1")));
        assertEquals(1, journal.size());
        assertEquals(LGSP_MEMBER, journal.get(0).get("client").asText());
        assertEquals("GOV/H24.10", journal.get(0).get("representedParty").asText());
        assertEquals("VN031-canbo", journal.get(0).get("userId").asText());
        assertEquals(200, journal.get(0).get("status").asInt());
        assertEquals(emptyHash, journal.get(0).get("requestHash").asText());
    }

    @Test
    void refusalsCarryTheProviderSidesXRoadCodes() {
        String token = token();
        HttpResponse<String> anonymous = citizen("031190004567", null, LGSP_MEMBER, "sim-it-2");
        assertEquals(401, anonymous.statusCode());
        assertEquals("Server.ServerProxy.AuthenticationFailed", anonymous.headers().firstValue("X-Road-Error").orElseThrow());
        HttpResponse<String> impostor = citizen("031190004567", token, "NDXP/GOV/H01/lgsp", "sim-it-3");
        assertEquals(403, impostor.statusCode());
        assertEquals("Server.ServerProxy.InvalidClient", impostor.headers().firstValue("X-Road-Error").orElseThrow());
        assertTrue(json(impostor).get("detail").asText().contains("không phải thành viên"), impostor.body());

        HttpResponse<String> unknown = citizen("031099000404", token, LGSP_MEMBER, "sim-it-4");
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.headers().firstValue("X-Road-Error").isPresent(), "a citizen not found is the service's answer");
        HttpResponse<String> down = citizen("031099000503", token, LGSP_MEMBER, "sim-it-5");
        assertEquals(503, down.statusCode());
        assertEquals("Server.ServerProxy.ServiceFailed", down.headers().firstValue("X-Road-Error").orElseThrow());
        HttpResponse<String> noService = send(request(SIM + "/r1/NDXP/GOV/BCA/csdl-dan-cu/khong-co/x")
                .header("Authorization", "Bearer " + token).header("X-Road-Client", LGSP_MEMBER));
        assertEquals(404, noService.statusCode());
        assertEquals("Server.ServerProxy.UnknownService", noService.headers().firstValue("X-Road-Error").orElseThrow());
        assertEquals(401, json(send(request(SIM + "/journal?xroadId=sim-it-2"))).get(0).get("status").asInt());
    }

    @Test
    void aPeerDiscoversTheInstancesClientsAndMethods() {
        JsonNode clients = json(send(request(SIM + "/r1/listClients")));
        assertEquals(2, clients.get("member").size());
        assertEquals("csdl-dan-cu", clients.at("/member/0/id/subsystem_code").asText());
        JsonNode methods = json(send(request(SIM + "/r1/NDXP/GOV/BCA/csdl-dan-cu/listMethods")
                .header("Authorization", "Bearer " + token()).header("X-Road-Client", LGSP_MEMBER)));
        assertEquals("tra-cuu-cong-dan", methods.at("/service/0/service_code").asText());
        assertEquals("OPENAPI", methods.at("/service/0/service_type").asText());
        assertEquals("/cong-dan/{soDinhDanh}", methods.at("/service/0/endpoint_list/0/path").asText());
    }

    @Test
    void aBusinessLookupOverSoapEchoesTheHeadersAndHashesTheRequest() throws Exception {
        String envelope = envelope("0200123456", "sim-soap-1");
        HttpResponse<String> answer = soap(envelope, token());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Công ty TNHH Cảng biển Đình Vũ"), answer.body());
        assertTrue(answer.body().contains(">sim-soap-1<"), answer.body());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512")
                .digest(envelope.getBytes(StandardCharsets.UTF_8)));
        assertTrue(answer.body().contains(hash), "xrd:requestHash is the SHA-512 of the request: " + answer.body());
        assertEquals("GOV/H24.10", json(send(request(SIM + "/journal?xroadId=sim-soap-1"))).get(0)
                .get("representedParty").asText());

        HttpResponse<String> down = soap(envelope("0200999503", "sim-soap-2"), token());
        assertEquals(500, down.statusCode());
        assertTrue(down.body().contains("Server.ServerProxy.ServiceFailed"), down.body());
        HttpResponse<String> anonymous = soap(envelope("0200123456", "sim-soap-3"), null);
        assertEquals(500, anonymous.statusCode());
        assertTrue(anonymous.body().contains("Server.ServerProxy.AuthenticationFailed"), anonymous.body());
    }

    private static HttpResponse<String> soap(String envelope, String token) {
        var call = request(SIM + "/ws").header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8));
        return send(token == null ? call : call.header("Authorization", "Bearer " + token));
    }

    static String envelope(String enterprise, String id) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\""
                + " xmlns:id=\"http://x-road.eu/xsd/identifiers\" xmlns:repr=\"http://x-road.eu/xsd/representation.xsd\"><s:Header>"
                + "<xrd:client id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>NDXP</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
                + "<id:memberCode>H24</id:memberCode><id:subsystemCode>lgsp</id:subsystemCode></xrd:client>"
                + "<xrd:service id:objectType=\"SERVICE\"><id:xRoadInstance>NDXP</id:xRoadInstance><id:memberClass>GOV</id:memberClass>"
                + "<id:memberCode>BTC</id:memberCode><id:subsystemCode>dang-ky-doanh-nghiep</id:subsystemCode>"
                + "<id:serviceCode>traCuuDoanhNghiep</id:serviceCode></xrd:service>"
                + "<repr:representedParty><repr:partyClass>GOV</repr:partyClass><repr:partyCode>H24.10</repr:partyCode></repr:representedParty>"
                + "<xrd:id>" + id + "</xrd:id><xrd:protocolVersion>4.0</xrd:protocolVersion></s:Header><s:Body>"
                + "<dn:traCuuDoanhNghiep xmlns:dn=\"urn:ndxp-simulator:dang-ky-doanh-nghiep:v1\"><dn:maSoDoanhNghiep>" + enterprise
                + "</dn:maSoDoanhNghiep></dn:traCuuDoanhNghiep></s:Body></s:Envelope>";
    }
}
