package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.registry.CodeResolution;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryService;
import vn.gov.haiphong.lgsp.client.soap.registry.ResolveAgencyCode;

/**
 * Organisational changes through the documented API with real tokens: the operator proposes, the
 * authority decides; retired codes keep resolving. Uses communes H24.101–H24.110 (no other test
 * touches them) and issues codes from H24.215 up.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void twoCommunesMergeIntoOneWithANewCodeAndBothOldCodesResolve() throws Exception {
        long before = Database.agencyCount();
        JsonNode proposal = propose("""
                {"kind":"MERGE","effectiveDate":"2026-12-01","decisionNumber":"3001/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.101","H24.102"],
                 "successors":[{"code":"H24.215","name":"Ủy ban nhân dân xã Hợp Nhất",
                                "shortName":"UBND xã Hợp Nhất","kind":"COMMUNE_COMMITTEE"}]}""");
        assertEquals("PROPOSED", proposal.get("status").asText());
        // Nothing changes before approval.
        assertEquals("ACTIVE", agency("H24.101").get("status").asText());
        assertEquals(404, Http.get("/api/v1/agencies/H24.215").statusCode());
        assertEquals(before, Database.agencyCount());

        JsonNode approved = decide(proposal, "approve", null, Tokens.AUTHORITY);
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals("authority", approved.get("reviewedBy").asText());
        for (String old : List.of("H24.101", "H24.102")) {
            JsonNode retired = agency(old);
            assertEquals("RETIRED", retired.get("status").asText(), old);
            assertEquals(List.of("H24.215"), texts(retired.get("successorCodes")));
            assertEquals(List.of("H24.215"), texts(retired.get("currentCodes")));
        }
        assertEquals("ACTIVE", agency("H24.215").get("status").asText());
        assertEquals("H24", agency("H24.215").get("parentCode").asText());

        // The same answer over SOAP, through the Metro client.
        RegistryPortType soap = new RegistryService(new URL(Http.BASE + "/ws/RegistryService?wsdl")).getRegistryPort();
        RegistrySoapIT.headers(soap, Map.of());
        ResolveAgencyCode resolve = new ResolveAgencyCode();
        resolve.setCode("H24.102");
        CodeResolution resolution = soap.resolveAgencyCode(resolve).getResolution();
        assertEquals("RETIRED", resolution.getStatus().value());
        assertEquals(List.of("H24.215"), resolution.getCurrentCode());

        // Approving twice is refused and changes nothing.
        AgencyRestIT.assertProblem(send(Http.as(Tokens.AUTHORITY, "/admin/v1/org-changes/" + proposal.get("id").asLong()
                + "/approve").POST(BodyPublishers.noBody())), 409, "org-change-decided");
        // Merging a retired agency is refused.
        JsonNode again = AgencyRestIT.assertProblem(proposeRaw("""
                {"kind":"MERGE","effectiveDate":"2026-12-02","decisionNumber":"3002/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.101","H24.103"],
                 "successors":[{"code":"H24.216","name":"Xã Khác","kind":"COMMUNE_COMMITTEE"}]}"""), 400, "validation-failed");
        assertEquals("predecessors[0]", again.get("errors").get(0).get("field").asText());
        // The audit holds the whole story.
        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityKey=H24.101")));
        assertEquals("RETIRE", audit.get("items").get(0).get("action").asText());
    }

    @Test
    void aSplitIssuesTwoCodesAndTheChainIsFollowed() throws Exception {
        JsonNode split = propose("""
                {"kind":"SPLIT","effectiveDate":"2026-12-01","decisionNumber":"3003/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.104"],
                 "successors":[{"code":"H24.217","name":"Ủy ban nhân dân xã Bắc","kind":"COMMUNE_COMMITTEE"},
                               {"code":"H24.218","name":"Ủy ban nhân dân xã Nam","kind":"COMMUNE_COMMITTEE"}]}""");
        decide(split, "approve", null, Tokens.AUTHORITY);
        assertEquals(List.of("H24.217", "H24.218"), texts(agency("H24.104").get("currentCodes")));

        // H24.217 is dissolved later, its duties going to H24.105: the old code follows the chain.
        JsonNode dissolve = propose("""
                {"kind":"DISSOLVE","effectiveDate":"2026-12-15","decisionNumber":"3004/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.217"],"dutiesTo":"H24.105"}""");
        decide(dissolve, "approve", null, Tokens.AUTHORITY);
        JsonNode resolution = json(Http.get("/api/v1/agencies/H24.104/resolution"));
        assertEquals(List.of("H24.217", "H24.218"), texts(resolution.get("successorCodes")));
        assertEquals(List.of("H24.105", "H24.218"), texts(resolution.get("currentCodes")));
    }

    @Test
    void aRenameKeepsTheCodeAndTheFormerName() throws Exception {
        String oldName = agency("H24.106").get("name").asText();
        JsonNode rename = propose("""
                {"kind":"RENAME","effectiveDate":"2026-12-01","decisionNumber":"3005/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.106"],
                 "newName":"Ủy ban nhân dân xã Tân Mới","newShortName":"UBND xã Tân Mới"}""");
        decide(rename, "approve", null, Tokens.AUTHORITY);
        JsonNode renamed = agency("H24.106");
        assertEquals("Ủy ban nhân dân xã Tân Mới", renamed.get("name").asText());
        assertEquals("ACTIVE", renamed.get("status").asText());
        assertEquals(List.of(oldName), texts(renamed.get("formerNames")));
    }

    @Test
    void aRefusalNeedsAReasonAndChangesNothing() throws Exception {
        JsonNode proposal = propose("""
                {"kind":"DISSOLVE","effectiveDate":"2026-12-01","decisionNumber":"3006/QĐ-UBND",
                 "decidedBy":"Chủ tịch UBND thành phố","predecessors":["H24.107"]}""");
        AgencyRestIT.assertProblem(send(Http.as(Tokens.AUTHORITY, "/admin/v1/org-changes/" + proposal.get("id").asLong()
                + "/refuse").header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"reason\":\" \"}"))),
                400, "validation-failed");
        JsonNode refused = decide(proposal, "refuse", "{\"reason\":\"Chưa có ý kiến của Sở Nội vụ\"}", Tokens.AUTHORITY);
        assertEquals("REFUSED", refused.get("status").asText());
        assertEquals("Chưa có ý kiến của Sở Nội vụ", refused.get("refusalReason").asText());
        assertEquals("ACTIVE", agency("H24.107").get("status").asText());
        // The operator proposes but cannot decide.
        AgencyRestIT.assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/org-changes/" + proposal.get("id").asLong()
                + "/approve").POST(BodyPublishers.noBody())), 403, "access-denied");
    }

    @Test
    void badProposalsAreClearErrorsAndStoreNothing() {
        long agencies = Database.agencyCount();
        long proposals = Database.queryLong(Database.NAME, "SELECT count(*) FROM org_change");
        assertField(proposeRaw("""
                {"kind":"DISSOLVE","effectiveDate":"2026-12-01","decisionNumber":"1/QĐ","decidedBy":"Chủ tịch",
                 "predecessors":["H24.108"],"dutiesTo":"H24.99"}"""), "dutiesTo", "H24.99");
        assertField(proposeRaw("""
                {"kind":"REPARENT","effectiveDate":"2026-12-01","decisionNumber":"1/QĐ","decidedBy":"Chủ tịch",
                 "predecessors":["H24.109"],"successors":[{"code":"H24.109.01","name":"Vòng lặp","kind":"OTHER"}]}"""),
                "successors[0].code", "H24.109.01");
        assertField(proposeRaw("""
                {"kind":"MERGE","effectiveDate":"2026-12-01","decisionNumber":"1/QĐ","decidedBy":"Chủ tịch",
                 "predecessors":["H24.110","H24.77"],"successors":[{"code":"H24.08","name":"Trùng mã","kind":"OTHER"}]}"""),
                "predecessors[1]", "H24.77");
        JsonNode reused = AgencyRestIT.assertProblem(proposeRaw("""
                {"kind":"SPLIT","effectiveDate":"2026-12-01","decisionNumber":"1/QĐ","decidedBy":"Chủ tịch",
                 "predecessors":["H24.110"],"successors":[{"code":"H24.08","name":"A","kind":"OTHER"},
                 {"code":"h24.219","name":"B","kind":"OTHER"}]}"""), 400, "validation-failed");
        assertEquals(List.of("successors[0].code", "successors[1].code"), fields(reused));
        JsonNode missing = AgencyRestIT.assertProblem(proposeRaw("{\"kind\":\"EXPLODE\"}"), 400, "validation-failed");
        assertTrue(fields(missing).containsAll(List.of("kind", "effectiveDate", "decisionNumber", "decidedBy")));
        assertEquals(agencies, Database.agencyCount());
        assertEquals(proposals, Database.queryLong(Database.NAME, "SELECT count(*) FROM org_change"));
    }

    private static void assertField(HttpResponse<String> response, String field, String code) {
        JsonNode problem = AgencyRestIT.assertProblem(response, 400, "validation-failed");
        assertTrue(fields(problem).contains(field), field + " in " + problem);
        assertTrue(problem.toString().contains(code), problem.toString());
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode propose(String body) {
        HttpResponse<String> response = proposeRaw(body);
        assertEquals(201, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> proposeRaw(String body) {
        return send(Http.as(Tokens.OPERATOR, "/admin/v1/org-changes").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    private static JsonNode decide(JsonNode proposal, String decision, String body, String caller) {
        HttpResponse<String> response = send(Http.as(caller, "/admin/v1/org-changes/" + proposal.get("id").asLong()
                + "/" + decision).header("Content-Type", "application/json")
                .POST(body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonNode agency(String code) {
        HttpResponse<String> response = Http.get("/api/v1/agencies/" + code);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> texts.add(n.asText()));
        }
        return texts;
    }
}
