package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Organisational changes through the documented API with real tokens, each step by the one the regulation names
 * (Quy chế Đ.8.3, Đ.12.3): the agency's admin files, the operator checks, the authority submits and records the
 * Chairman's decision; everyone else is refused with who may act. Uses units H24.10.53–H24.10.59 and H24.10.91–H24.10.93 of Sở Y tế
 * (admin A), registered here with the decision that issued their codes.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyLifecycleIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DECISION = "\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\"";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aMergeWalksFromTheAgencyToTheChairmansDecisionAndOnlyThenCodesChange() throws Exception {
        unit("H24.10.91", "Phòng Kế hoạch");
        unit("H24.10.92", "Phòng Tài chính");
        assertEquals("15/QĐ-UBND", agency("H24.10.91").get("decisionNumber").asText(), "the decision that issued it");
        assertEquals("2026-01-05", agency("H24.10.91").get("decisionDate").asText());
        JsonNode next = json(expect(200, send(Http.as(Tokens.ADMIN_A, "/admin/v1/agencies/H24.10/next-code"))));
        String merged = next.get("code").asText();
        assertEquals("H24.10.93", merged, "after the highest issued under H24.10 (this class's units)");
        String body = "{\"kind\":\"MERGE\",\"effectiveDate\":\"" + LocalDate.now(VIETNAM) + "\","
                + "\"predecessors\":[\"H24.10.91\",\"H24.10.92\"],\"successors\":[{\"code\":\"" + merged
                + "\",\"name\":\"Phòng Kế hoạch - Tài chính\",\"kind\":\"OTHER\"}],\"note\":\"Theo đề án sắp xếp\"}";
        // Only the changed agency's admin files; the operator no longer issues codes.
        for (String other : List.of(Tokens.ADMIN_B, Tokens.OPERATOR, Tokens.AUTHORITY)) {
            AgencyRestIT.assertProblem(post(other, "/admin/v1/org-changes", body), 403, "decision-reserved");
        }
        JsonNode filed = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", body)));
        long id = filed.get("id").asLong();
        assertEquals("FILED", filed.get("status").asText());
        assertEquals("H24.10", filed.get("agencyCode").asText());
        // The next suggestion skips the code the change names.
        assertTrue(json(send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies/H24.10/next-code"))).get("code").asText()
                .compareTo(merged) > 0);
        assertEquals(404, send(Http.as(Tokens.ADMIN_B, "/admin/v1/org-changes/" + id)).statusCode());

        JsonNode onlyOperator = AgencyRestIT.assertProblem(send(Http.as(Tokens.ADMIN_A, "/admin/v1/org-changes/" + id
                + "/check").header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"))), 403, "decision-reserved");
        assertEquals("Only the operator (Information and Communication Technology Centre) may check an organisational "
                + "change; organisational change " + id + " awaits the operator's check.", onlyOperator.get("detail").asText());
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/org-changes/" + id + "/approve",
                "{" + DECISION + "}"), 409, "org-change-state");
        assertEquals("CHECKED", step(Tokens.OPERATOR, id, "check", "{\"note\":\"Đúng quy định\"}").get("status").asText());
        AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/org-changes/" + id + "/submit", "{}"), 403,
                "decision-reserved");
        assertEquals("SUBMITTED", step(Tokens.AUTHORITY, id, "submit", "{}").get("status").asText());
        AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/org-changes/" + id + "/approve", "{" + DECISION + "}"),
                403, "decision-reserved");
        JsonNode noDecision = AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/org-changes/" + id + "/approve",
                "{}"), 400, "validation-failed");
        assertEquals(List.of("decisionNumber", "decisionDate"), fields(noDecision));
        assertEquals("ACTIVE", agency("H24.10.91").get("status").asText(), "nothing changes before the decision");
        assertEquals(404, Http.get("/api/v1/agencies/" + merged).statusCode());

        JsonNode applied = step(Tokens.AUTHORITY, id, "approve", "{\"decisionNumber\":\"3001/QĐ-UBND\","
                + "\"decisionDate\":\"" + LocalDate.now(VIETNAM) + "\"}");
        assertEquals("APPLIED", applied.get("status").asText());
        assertEquals("Chủ tịch UBND thành phố", applied.get("decidedBy").asText());
        assertEquals(List.of("FILE", "CHECK", "SUBMIT", "APPROVE", "APPLY"), actions(applied.get("history")));
        for (String old : List.of("H24.10.91", "H24.10.92")) {
            assertEquals("RETIRED", agency(old).get("status").asText(), old);
            assertEquals(List.of(merged), texts(agency(old).get("currentCodes")));
        }
        assertEquals("3001/QĐ-UBND", agency(merged).get("decisionNumber").asText());
        assertEquals("H24.10", agency(merged).get("parentCode").asText());
        RegistryPortType soap = new RegistryService(new URL(Http.BASE + "/ws/RegistryService?wsdl")).getRegistryPort();
        RegistrySoapIT.headers(soap, Map.of());
        ResolveAgencyCode resolve = new ResolveAgencyCode();
        resolve.setCode("H24.10.92");
        CodeResolution resolution = soap.resolveAgencyCode(resolve).getResolution();
        assertEquals("RETIRED", resolution.getStatus().value());
        assertEquals(List.of(merged), resolution.getCurrentCode());
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/org-changes/" + id + "/approve",
                "{" + DECISION + "}"), 409, "org-change-state");
        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityKey=H24.10.91")));
        assertEquals("RETIRE", audit.get("items").get(0).get("action").asText());
    }

    /** The test server's job runs every 2 s with its clock a day ahead (lgsp-it/pom.xml): tomorrow comes at once. */
    @Test
    void aFutureDatedChangeIsAppliedOnItsDateByTheScheduledJob() throws Exception {
        unit("H24.10.53", "Phòng Nghiệp vụ Y");
        unit("H24.10.54", "Phòng Nghiệp vụ Dược");
        LocalDate tomorrow = LocalDate.now(VIETNAM).plusDays(1);
        long soon = approvedRename("H24.10.53", "Phòng Quản lý Khám chữa bệnh", tomorrow);
        long later = approvedRename("H24.10.54", "Phòng Quản lý Dược", tomorrow.plusDays(1));
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode change = json(send(Http.as(Tokens.OPERATOR, "/admin/v1/org-changes/" + soon)));
        while (!change.get("status").asText().equals("APPLIED") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            change = json(send(Http.as(Tokens.OPERATOR, "/admin/v1/org-changes/" + soon)));
        }
        assertEquals("APPLIED", change.get("status").asText(), change.toString());
        assertEquals("org-change-job", change.get("history").get(4).get("actor").asText());
        assertEquals("Phòng Quản lý Khám chữa bệnh", agency("H24.10.53").get("name").asText());
        assertEquals(List.of("Phòng Nghiệp vụ Y"), texts(agency("H24.10.53").get("formerNames")));
        // The job has run again since: the change dated the day after is still waiting for its date.
        long runs = Database.queryLong(Database.NAME, "SELECT runs FROM monitor_job WHERE name = 'org-changes'");
        while (Database.queryLong(Database.NAME, "SELECT runs FROM monitor_job WHERE name = 'org-changes'") < runs + 2
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals("APPROVED", json(send(Http.as(Tokens.OPERATOR, "/admin/v1/org-changes/" + later)))
                .get("status").asText());
        assertEquals("Phòng Nghiệp vụ Dược", agency("H24.10.54").get("name").asText());
    }

    @Test
    void returnedWithdrawnAndRefusedChangesNeedReasonsAndChangeNothing() {
        unit("H24.10.55", "Phòng Tổ chức");
        String dissolve = "{\"kind\":\"DISSOLVE\",\"effectiveDate\":\"2026-12-01\",\"predecessors\":[\"H24.10.55\"]}";
        long returned = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", dissolve))).get("id").asLong();
        AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/org-changes/" + returned + "/return", "{}"), 400,
                "validation-failed");
        JsonNode back = step(Tokens.OPERATOR, returned, "return", "{\"reason\":\"Thiếu đề án\"}");
        assertEquals("RETURNED", back.get("status").asText());
        assertEquals("Thiếu đề án", back.get("refusalReason").asText());

        long withdrawn = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", dissolve))).get("id").asLong();
        AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/org-changes/" + withdrawn + "/withdraw", ""), 403,
                "decision-reserved");
        assertEquals("WITHDRAWN", step(Tokens.ADMIN_A, withdrawn, "withdraw", "").get("status").asText());

        long refused = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", dissolve))).get("id").asLong();
        step(Tokens.OPERATOR, refused, "check", "{}");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/org-changes/" + refused + "/refuse",
                "{\"reason\":\"x\"}"), 403, "decision-reserved");
        JsonNode no = step(Tokens.AUTHORITY, refused, "refuse", "{\"reason\":\"Chưa có ý kiến của Sở Nội vụ\"}");
        assertEquals("REFUSED", no.get("status").asText());
        assertEquals("ACTIVE", agency("H24.10.55").get("status").asText());
        JsonNode mine = json(send(Http.as(Tokens.ADMIN_A, "/admin/v1/org-changes?size=100")));
        mine.get("items").forEach(c -> assertEquals("H24.10", c.get("agencyCode").asText()));
        assertEquals(0, json(send(Http.as(Tokens.ADMIN_B, "/admin/v1/org-changes"))).get("totalItems").asInt());
    }

    @Test
    void badFilingsAreClearErrorsAndStoreNothing() {
        unit("H24.10.56", "Phòng Pháp chế");
        long agencies = Database.agencyCount();
        long changes = Database.queryLong(Database.NAME, "SELECT count(*) FROM org_change");
        JsonNode reused = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/org-changes", """
                {"kind":"SPLIT","effectiveDate":"2026-12-01","predecessors":["H24.10.56"],
                 "successors":[{"code":"H24.08","name":"A","kind":"OTHER"},{"code":"h24.219","name":"B","kind":"OTHER"}]}"""),
                400, "validation-failed");
        assertEquals(List.of("successors[0].code", "successors[1].code"), fields(reused));
        JsonNode missing = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/org-changes",
                "{\"kind\":\"EXPLODE\",\"predecessors\":[\"H24.10.56\"]}"), 400, "validation-failed");
        assertTrue(fields(missing).containsAll(List.of("kind", "effectiveDate")), missing.toString());
        // Registering without the decision that issued the code is refused.
        JsonNode undecided = AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/agencies",
                "{\"code\":\"H24.10.59\",\"name\":\"Phòng Thử\",\"kind\":\"OTHER\"}"), 400, "validation-failed");
        assertEquals(List.of("decisionDate", "decisionNumber"), fields(undecided));
        assertEquals(agencies, Database.agencyCount());
        assertEquals(changes, Database.queryLong(Database.NAME, "SELECT count(*) FROM org_change"));
    }

    private static long approvedRename(String code, String newName, LocalDate effective) {
        long id = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", "{\"kind\":\"RENAME\",\"effectiveDate\":\""
                + effective + "\",\"predecessors\":[\"" + code + "\"],\"newName\":\"" + newName + "\"}"))).get("id").asLong();
        step(Tokens.OPERATOR, id, "check", "{}");
        step(Tokens.AUTHORITY, id, "submit", "{}");
        JsonNode approved = step(Tokens.AUTHORITY, id, "approve", "{" + DECISION + ",\"effectiveDate\":\"" + effective + "\"}");
        assertEquals("APPROVED", approved.get("status").asText(), "waits for its date");
        assertEquals(effective.toString(), approved.get("effectiveDate").asText());
        return id;
    }

    private static void unit(String code, String name) {
        expect(201, post(Tokens.OPERATOR, "/admin/v1/agencies", "{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"kind\":\"OTHER\"," + DECISION + "}"));
    }

    private static JsonNode step(String caller, long id, String step, String body) {
        return json(expect(200, post(caller, "/admin/v1/org-changes/" + id + "/" + step, body)));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static List<String> actions(JsonNode history) {
        List<String> actions = new ArrayList<>();
        history.forEach(h -> actions.add(h.get("action").asText()));
        return actions;
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
