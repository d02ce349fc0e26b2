package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access to a national service is requested like access to a city one: the consumer's agency admin files the request
 * for the service as the peer's catalog names it; no city agency provides it, so nobody consents and the authority
 * decides; its approval grants the peer right, and the city system's next call reaches the national service through
 * the peer link. The national platform simulator is the peer, configured and its catalog fetched as in
 * {@link FederationIT}.
 */
@ExtendWith(ArquillianExtension.class)
class NationalAccessRequestIT {

    static final String REQUESTS = "/admin/v1/access-requests";
    static final String CITIZEN_SERVICE = FederationIT.CITIZEN_SERVICE;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void peerWithItsCatalog() {
        expect(200, call(Tokens.OPERATOR, "PUT", FederationIT.PEER,
                FederationIT.peerBody(FederationIT.SIM, "lgsp.peer.ndxp.secret", true)));
        expect(200, call(Tokens.AUTHORITY, "POST", FederationIT.PEER + "/catalog", ""));
    }

    @AfterEach
    void noPeer() {
        call(Tokens.OPERATOR, "DELETE", FederationIT.PEER, "");
    }

    static String request(String service, String operation, LocalDate wantedUntil) {
        return "{\"consumer\":\"H24.10/his\",\"service\":\"" + service + "\""
                + (operation == null ? "" : ",\"operation\":\"" + operation + "\"")
                + (wantedUntil == null ? "" : ",\"wantedUntil\":\"" + wantedUntil + "\"")
                + ",\"purpose\":\"Xác minh nhân thân người bệnh khi nhập viện\",\"legalBasis\":\"Nghị định 47/2020/NĐ-CP\","
                + "\"dataFields\":[\"họ tên\",\"ngày sinh\",\"nơi thường trú\"],\"frequency\":\"khoảng 500 lượt/ngày\"}";
    }

    private static int citizen() {
        return send(Http.as(Tokens.SYSTEM, "/r1/" + CITIZEN_SERVICE + "/cong-dan/031190004567")
                .header("X-Road-Client", FederationIT.ME).header("X-Road-Id", "nar-" + UUID.randomUUID())).statusCode();
    }

    private static HttpResponse<String> inEnglish(String caller, String path) {
        return send(Http.as(caller, path).header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"x\",\"reason\":\"x\"}")));
    }

    private static JsonNode peerRights() {
        return json(expect(200, send(Http.as(Tokens.AUDITOR, FederationIT.PEER + "/rights")))).get("items");
    }

    private static List<String> actions(JsonNode steps) {
        List<String> actions = new ArrayList<>();
        steps.forEach(s -> actions.add(s.get("action").asText()));
        return actions;
    }

    @Test
    void theAuthoritysApprovalGrantsThePeerRightAndTheNextCallReachesTheNationalService() {
        HttpResponse<String> refused = send(Http.as(Tokens.SYSTEM, "/r1/" + CITIZEN_SERVICE + "/cong-dan/031190004567")
                .header("X-Road-Client", FederationIT.ME).header("X-Road-Id", "nar-" + UUID.randomUUID()));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("Server.ServerProxy.AccessDenied", refused.headers().firstValue("X-Road-Error").orElseThrow());

        LocalDate wanted = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
        JsonNode filed = json(expect(201, post(Tokens.ADMIN_A, REQUESTS, request(CITIZEN_SERVICE, null, wanted))));
        long id = filed.get("id").asLong();
        assertEquals("SUBMITTED", filed.get("status").asText());
        assertEquals(CITIZEN_SERVICE, filed.get("service").asText(), "named as the peer's catalog names it");
        assertTrue(filed.get("national").asBoolean(), filed.toString());
        assertEquals(1, Database.queryLong(Database.NAME, "SELECT count(*) FROM access_request WHERE id = " + id
                + " AND service_id IS NULL AND peer_service = '" + CITIZEN_SERVICE + "'"));
        assertTrue(Database.queryLong(Database.NAME, "SELECT count(*) FROM notification WHERE about = 'access-request/"
                + id + "' AND kind = 'ACCESS_REQUEST_FILED_NATIONAL' AND agency_code = 'H24.10'") > 0,
                "the consumer's agency is told");
        assertEquals(0, Database.queryLong(Database.NAME, "SELECT count(*) FROM notification WHERE about = 'access-request/"
                + id + "' AND agency_code IS NOT NULL AND agency_code <> 'H24.10'"), "there is no city provider to tell");

        // No city agency provides it: consent is nobody's, and the request tells why.
        for (String step : List.of("consent", "dissent")) {
            JsonNode byConsumer = AgencyRestIT.assertProblem(inEnglish(Tokens.ADMIN_A, REQUESTS + "/" + id + "/" + step),
                    403, "decision-reserved");
            assertTrue(byConsumer.get("detail").asText().contains("is for a national service, which no city agency"
                    + " provides or consents to: it awaits the authority's decision directly"), byConsumer.toString());
            AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, REQUESTS + "/" + id + "/" + step, "{\"reason\":\"x\"}"), 403,
                    "decision-reserved");
            AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, REQUESTS + "/" + id + "/" + step, "{\"reason\":\"x\"}"), 403,
                    "access-denied");
        }
        // Another agency's admin sees nothing of it; the consumer's may not decide it.
        assertEquals(403, send(Http.as(Tokens.ADMIN_B, REQUESTS + "/" + id)).statusCode());
        assertFalse(send(Http.as(Tokens.ADMIN_B, REQUESTS + "?size=100")).body().contains(CITIZEN_SERVICE));
        assertTrue(send(Http.as(Tokens.ADMIN_A, REQUESTS + "?size=100")).body().contains(CITIZEN_SERVICE));
        JsonNode notTheirs = AgencyRestIT.assertProblem(inEnglish(Tokens.ADMIN_A, REQUESTS + "/" + id + "/approve"), 403,
                "decision-reserved");
        assertTrue(notTheirs.get("detail").asText().startsWith("Only the authority"), notTheirs.toString());
        assertEquals(403, citizen(), "nothing granted yet");
        assertEquals(0, peerRights().size());

        JsonNode approved = json(expect(200, post(Tokens.AUTHORITY, REQUESTS + "/" + id + "/approve",
                "{\"note\":\"Phù hợp Nghị định 47/2020\"}")));
        assertEquals("APPROVED", approved.get("status").asText());
        assertFalse(approved.has("accessRight"), "no city right: " + approved);
        assertFalse(approved.has("consent"), approved.toString());
        assertEquals(List.of("FILE", "APPROVE"), actions(approved.get("history")));
        long right = approved.get("peerRight").asLong();

        assertEquals(200, citizen(), "the very next call reaches the national service");
        JsonNode rights = peerRights();
        assertEquals(1, rights.size(), rights.toString());
        assertEquals(right, rights.get(0).get("id").asLong());
        assertEquals(CITIZEN_SERVICE, rights.get(0).get("service").asText());
        assertEquals("H24.10/his", rights.get(0).get("system").asText());
        assertEquals(wanted.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                Instant.parse(rights.get(0).get("validUntil").asText()), "until the end of the wanted day");
        assertEquals("authority", rights.get(0).get("grantedBy").asText());

        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=access-request&entityKey=" + id)));
        assertEquals(List.of("APPROVE", "FILE"), actions(audit.get("items")));
        assertEquals(1, Database.queryLong(Database.NAME, "SELECT count(*) FROM admin_audit WHERE entity_type = 'peer-right'"
                + " AND entity_key = 'NDXP:" + right + "' AND action = 'GRANT' AND agency_code = 'H24.10'"),
                "granted as the peer rights endpoint grants: the same audit");
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, REQUESTS + "/" + id + "/approve", ""), 409,
                "access-request-state");

        // Revoked: the call is refused again, and the request is history without its right.
        expect(204, call(Tokens.AUTHORITY, "DELETE", FederationIT.PEER + "/rights/" + right, ""));
        assertEquals(403, citizen());
        JsonNode after = json(expect(200, send(Http.as(Tokens.ADMIN_A, REQUESTS + "/" + id))));
        assertEquals("APPROVED", after.get("status").asText());
        assertFalse(after.has("peerRight"), after.toString());
    }

    @Test
    void refusedWithdrawnOrOverdueANationalRequestGrantsNothing() {
        long refused = json(expect(201, post(Tokens.ADMIN_A, REQUESTS, request(CITIZEN_SERVICE, null, null))))
                .get("id").asLong();
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, REQUESTS + "/" + refused + "/refuse", "{}"), 400,
                "validation-failed");
        JsonNode decided = json(expect(200, post(Tokens.AUTHORITY, REQUESTS + "/" + refused + "/refuse",
                "{\"reason\":\"Chưa đủ căn cứ pháp lý\"}")));
        assertEquals("REFUSED", decided.get("status").asText());
        assertFalse(decided.has("peerRight"));

        long late = json(expect(201, post(Tokens.ADMIN_A, REQUESTS, request(CITIZEN_SERVICE, null, null))))
                .get("id").asLong();
        // Five working days pass without the authority's decision.
        Database.execute("UPDATE access_request SET due_date = current_date - 1 WHERE id = " + late);
        JsonNode overdue = json(expect(200, send(Http.as(Tokens.AUTHORITY, REQUESTS + "/" + late))));
        assertTrue(overdue.get("overdue").asBoolean(), overdue.toString());
        JsonNode withdrawn = json(expect(200, post(Tokens.ADMIN_A, REQUESTS + "/" + late + "/withdraw", "")));
        assertEquals("WITHDRAWN", withdrawn.get("status").asText());
        assertEquals(0, peerRights().size());
        assertEquals(403, citizen());
    }

    @Test
    void anUnknownNationalServiceAnOperationOrAnotherAgencysAdminIsRefusedAndChangesNothing() {
        long requests = Database.count("access_request");
        long audited = Database.count("admin_audit");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, REQUESTS, request("NDXP/GOV/BCA/csdl-dan-cu/khong-co", null, null)),
                404, "service-not-found");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, REQUESTS, request("XX/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan", null,
                null)), 404, "service-not-found");
        // a service the peer no longer lists is kept with its rights, but no longer requested
        Database.execute("UPDATE peer_service SET listed = false WHERE service_code = 'tra-cuu-cong-dan'");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, REQUESTS, request(CITIZEN_SERVICE, null, null)), 404,
                "service-not-found");
        Database.execute("UPDATE peer_service SET listed = true WHERE service_code = 'tra-cuu-cong-dan'");
        JsonNode operation = AgencyRestIT.assertProblem(send(Http.as(Tokens.ADMIN_A, REQUESTS).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        request(CITIZEN_SERVICE, "traCuu", null)))), 400, "validation-failed");
        assertEquals("operation", operation.get("errors").get(0).get("field").asText(), operation.toString());
        assertTrue(operation.get("errors").get(0).get("message").asText().contains("covers the whole service"),
                operation.toString());
        JsonNode vi = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, REQUESTS, request(CITIZEN_SERVICE, "traCuu", null)),
                400, "validation-failed");
        assertTrue(vi.get("errors").get(0).get("message").asText().startsWith("Không ghi thao tác"), vi.toString());
        assertEquals(403, post(Tokens.ADMIN_B, REQUESTS, request(CITIZEN_SERVICE, null, null)).statusCode(),
                "Sở Tư pháp's admin files nothing for Sở Y tế's system");
        assertEquals(requests, Database.count("access_request"), "refusals change nothing");
        assertEquals(audited, Database.count("admin_audit"));
    }
}
