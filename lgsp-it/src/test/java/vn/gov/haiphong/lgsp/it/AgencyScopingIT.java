package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agency scoping and the admin audit, over HTTP with real tokens. */
@ExtendWith(ArquillianExtension.class)
class AgencyScopingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOperatorRegistersAndTheAuditSaysWhoWhenAndWhat() {
        HttpResponse<String> created = send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\",\"code\":\"H24.15.01\",\"name\":\"Phòng Quản lý doanh nghiệp\","
                        + "\"kind\":\"OTHER\",\"phone\":\"0225 3836 028\"}")));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Http.BASE + "/api/v1/agencies/H24.15.01", created.headers().firstValue("Location").orElseThrow());
        JsonNode entry = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=agency&entityKey=H24.15.01")))
                .get("items").get(0);
        assertEquals("REGISTER", entry.get("action").asText());
        assertEquals("operator", entry.get("actorName").asText());
        assertEquals("lgsp-operator", entry.get("actorRole").asText());
        assertEquals("H24.08.01", entry.get("actorAgency").asText());
        assertTrue(entry.get("oldValue").isNull());
        assertEquals("Phòng Quản lý doanh nghiệp", entry.get("newValue").get("name").asText());
    }

    @Test
    void anAgencyAdminUpdatesTheContactsOfTheirOwnAgencyOnly() throws Exception {
        ObjectNode health = (ObjectNode) json(Http.get("/api/v1/agencies/H24.10"));
        String oldPhone = health.get("phone").asText();
        health.put("phone", "0225 3846 319");
        HttpResponse<String> own = put(Tokens.ADMIN_A, "H24.10", health);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("02253846319", json(own).get("phone").asText());

        ObjectNode justice = (ObjectNode) json(Http.get("/api/v1/agencies/H24.03"));
        justice.put("phone", "0225 0000 000");
        AgencyRestIT.assertProblem(put(Tokens.ADMIN_A, "H24.03", justice), 403, "access-denied");
        ObjectNode renamed = health.deepCopy();
        renamed.put("name", "Sở Y tế và Dân số");
        AgencyRestIT.assertProblem(put(Tokens.ADMIN_A, "H24.10", renamed), 403, "access-denied");
        AgencyRestIT.assertProblem(put(Tokens.AUDITOR, "H24.10", health), 403, "access-denied");
        assertEquals("Sở Tư pháp", json(Http.get("/api/v1/agencies/H24.03")).get("name").asText());
        assertTrue(json(Http.get("/api/v1/agencies/H24.03")).get("phone").asText().startsWith("0225384"));

        JsonNode audit = json(send(Http.as(Tokens.ADMIN_A, "/admin/v1/audit")));
        assertTrue(audit.get("totalItems").asInt() >= 1);
        audit.get("items").forEach(e -> assertEquals("H24.10", e.get("agencyCode").asText(), e.toString()));
        JsonNode update = audit.get("items").get(0);
        assertEquals("UPDATE", update.get("action").asText());
        assertEquals("agency-admin", update.get("actorRole").asText());
        assertEquals(oldPhone, update.get("oldValue").get("phone").asText());
        assertEquals("02253846319", update.get("newValue").get("phone").asText());
    }

    @Test
    void anAgencyAdminReadsOnlyTheirOwnAgencysAudit() {
        AgencyRestIT.assertProblem(send(Http.as(Tokens.ADMIN_B, "/admin/v1/audit?agency=H24.10")), 403, "access-denied");
        JsonNode own = json(send(Http.as(Tokens.ADMIN_B, "/admin/v1/audit")));
        own.get("items").forEach(e -> assertEquals("H24.03", e.get("agencyCode").asText()));
        JsonNode all = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?size=100")));
        assertTrue(all.get("totalItems").asInt() >= 135, "the demo data registration is audited too");
    }

    @Test
    void aStaleIfMatchIsAConflict() {
        ObjectNode agency = (ObjectNode) json(Http.get("/api/v1/agencies/H24.14"));
        HttpResponse<String> stale = send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies/H24.14")
                .header("Content-Type", "application/json").header("If-Match", "\"99\"")
                .PUT(BodyPublishers.ofString(agency.toString())));
        AgencyRestIT.assertProblem(stale, 409, "concurrent-update");
    }

    private static HttpResponse<String> put(String caller, String code, JsonNode body) throws Exception {
        return send(Http.as(caller, "/admin/v1/agencies/" + code).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }
}
