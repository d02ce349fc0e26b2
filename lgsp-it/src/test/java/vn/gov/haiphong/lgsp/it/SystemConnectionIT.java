package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.registry.GetSystem;
import vn.gov.haiphong.lgsp.client.soap.registry.InformationSystem;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryPortType;
import vn.gov.haiphong.lgsp.client.soap.registry.RegistryService;

/**
 * A system through register → security level → connect (a real Keycloak client is created and gets
 * tokens) → cancel (it no longer does), with the gates and errors on the way. The platform's Keycloak admin
 * client asks for its own token at most once for both.
 */
@ExtendWith(ArquillianExtension.class)
class SystemConnectionIT {

    private static final String SYSTEM = "/api/v1/systems/H24.10/benh-an-dien-tu";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSystemIsConnectedThenCancelledUsingOnlyTheDocumentedApi() throws Exception {
        JsonNode system = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/systems", """
                {"agencyCode":"H24.10","systemCode":"benh-an-dien-tu","name":"Bệnh án điện tử",
                 "purpose":"Chia sẻ tóm tắt bệnh án","dataKind":"SPECIALISED",
                 "baseUrls":["https://benhan.soyte.haiphong.gov.vn"],"contactName":"Phòng CNTT Sở Y tế",
                 "contactEmail":"cntt@soyte.haiphong.gov.vn","contactPhone":"02253846318"}""")));
        assertEquals("H24.10/benh-an-dien-tu", system.get("identifier").asText());
        assertEquals("security-level-not-approved", system.get("blockers").get(0).asText());

        // The gate: no connection before the security level is approved, and the answer says why.
        String connect = """
                {"agencyCode":"H24.10","systemCode":"benh-an-dien-tu","kind":"CONNECT",
                 "purpose":"Khai thác dữ liệu dân cư","contactName":"Nguyễn Văn A",
                 "contactEmail":"a@soyte.haiphong.gov.vn","expectedVolume":5000,"securityEvidence":"HS-CĐ-2026-17"}""";
        JsonNode gate = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/connection-requests", connect), 409,
                "security-level-not-approved");
        assertTrue(gate.get("detail").asText().contains("H24.10/benh-an-dien-tu"), gate.toString());

        String level = """
                {"level":3,"decisionNumber":"125/QĐ-SYT","decisionDate":"2026-06-01",
                 "approver":"Giám đốc Sở Y tế","documentRef":"VB-2026-0125"}""";
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/systems/H24.10/benh-an-dien-tu/security-level", level),
                403, "access-denied");
        assertEquals("PENDING", json(expect(200, post(Tokens.ADMIN_A,
                "/admin/v1/systems/H24.10/benh-an-dien-tu/security-level", level))).get("securityStatus").asText());
        JsonNode approved = json(expect(200, post(Tokens.AUTHORITY,
                "/admin/v1/systems/H24.10/benh-an-dien-tu/security-level/approve", "")));
        assertEquals("APPROVED", approved.get("securityStatus").asText());
        assertEquals(0, approved.get("blockers").size());

        JsonNode filed = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/connection-requests", connect)));
        long id = filed.get("id").asLong();
        assertEquals("SUBMITTED", filed.get("status").asText());
        assertEquals(fiveWorkingDaysFromToday().toString(), filed.get("dueDate").asText());
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/connection-requests", connect), 409,
                "connection-request-open");
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/connection-requests/" + id + "/approve", ""), 409,
                "connection-request-state");
        expect(200, post(Tokens.OPERATOR, "/admin/v1/connection-requests/" + id + "/check", "{\"note\":\"Hồ sơ đủ\"}"));
        int adminTokensBefore = KeycloakEvents.clientLogins("lgsp-platform");
        JsonNode decided = json(expect(200, post(Tokens.AUTHORITY, "/admin/v1/connection-requests/" + id + "/approve", "")));
        assertEquals("APPROVED", decided.get("status").asText());
        assertEquals(3, decided.get("history").size());
        String secret = decided.get("clientSecret").asText();
        assertFalse(secret.isBlank(), "handed over once");
        assertFalse(json(send(Http.as(Tokens.AUDITOR, "/admin/v1/connection-requests/" + id))).has("clientSecret"));

        // The new system gets tokens and is an authenticated system of Sở Y tế.
        String token = Tokens.clientCredentials(Tokens.REALM, "H24.10/benh-an-dien-tu", secret);
        assertEquals(1, KeycloakEvents.clientLogins("H24.10/benh-an-dien-tu"), "the realm counts token grants");
        HttpResponse<String> read = send(Http.request("/api/v1/agencies/H24.10").header("Authorization", "Bearer " + token));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("CONNECTED", json(Http.get(SYSTEM)).get("connectionStatus").asText());
        RegistryPortType soap = new RegistryService(new URL(Http.BASE + "/ws/RegistryService?wsdl")).getRegistryPort();
        RegistrySoapIT.headers(soap, Map.of());
        GetSystem lookup = new GetSystem();
        lookup.setAgencyCode("H24.10");
        lookup.setSystemCode("benh-an-dien-tu");
        InformationSystem overSoap = soap.getSystem(lookup).getSystem();
        assertEquals("CONNECTED", overSoap.getConnectionStatus());
        assertEquals(3, overSoap.getSecurityLevel());
        assertEquals(List.of("https://benhan.soyte.haiphong.gov.vn"), overSoap.getBaseUrl());

        // Connected, it is given a right on the demo land-parcel service and sees it in allowedMethods.
        long right = json(expect(201, post(Tokens.AUTHORITY, "/admin/v1/access-rights",
                "{\"service\":\"H24.06/dat-dai/tra-cuu-thua-dat/v1\",\"consumer\":\"H24.10/benh-an-dien-tu\"}")))
                .get("id").asLong();
        HttpResponse<String> allowed = send(Http.request("/r1/VN/GOV/H24.06/dat-dai/allowedMethods")
                .header("Authorization", "Bearer " + token));
        assertEquals(1, json(expect(200, allowed)).get("service").size(), allowed.body());

        // Cancel: filed, checked, approved — the client is disabled and its rights revoked.
        long cancel = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/connection-requests",
                connect.replace("CONNECT", "CANCEL")))).get("id").asLong();
        expect(200, post(Tokens.OPERATOR, "/admin/v1/connection-requests/" + cancel + "/check", ""));
        expect(200, post(Tokens.AUTHORITY, "/admin/v1/connection-requests/" + cancel + "/approve", ""));
        assertEquals("CANCELLED", json(Http.get(SYSTEM)).get("connectionStatus").asText());
        int adminTokens = KeycloakEvents.clientLogins("lgsp-platform") - adminTokensBefore;
        assertTrue(adminTokens <= 1, "connect and cancel share one admin token, got " + adminTokens);
        assertThrows(IllegalStateException.class,
                () -> Tokens.clientCredentials(Tokens.REALM, "H24.10/benh-an-dien-tu", secret), "disabled");
        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=connection-request&entityKey=" + cancel)));
        assertEquals("APPROVE", audit.get("items").get(0).get("action").asText());
        JsonNode rights = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/access-rights?consumer=H24.10/benh-an-dien-tu")));
        assertEquals(right, rights.get("items").get(0).get("id").asLong());
        assertEquals("REVOKED", rights.get("items").get(0).get("state").asText(), rights.toString());
    }

    @Test
    void refusalsNeedAReasonAndBadFormsAreClearErrors() {
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/systems", """
                {"agencyCode":"h24.10","systemCode":"có dấu","name":"","dataKind":"BIG","baseUrls":["ftp://x"]}"""),
                400, "validation-failed");
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/systems", """
                {"agencyCode":"H24.10","systemCode":"khac","name":"Hệ thống khác","dataKind":"OTHER"}"""),
                403, "access-denied");
        JsonNode form = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/connection-requests", """
                {"agencyCode":"H24.10","systemCode":"benh-an-dien-tu","kind":"JOIN","expectedVolume":-1}"""),
                400, "validation-failed");
        assertTrue(form.toString().contains("\"kind\"") && form.toString().contains("\"purpose\""), form.toString());
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/connection-requests", """
                {"agencyCode":"H24.10","systemCode":"khong-co","kind":"CONNECT","purpose":"x","contactName":"A",
                 "contactEmail":"a@b.vn"}"""), 404, "system-not-found");
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/connection-requests/999999/refuse", "{\"reason\":\" \"}"),
                400, "validation-failed");
    }

    @Test
    void theOperatorSeesOverdueRequests() throws Exception {
        expect(201, post(Tokens.OPERATOR, "/admin/v1/systems", """
                {"agencyCode":"H24.06","systemCode":"quan-trac","name":"Quan trắc môi trường","dataKind":"OTHER"}"""));
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO connection_request (system_id, kind, status, purpose, contact_name, contact_email,"
                    + " submitted_by, submitted_at, due_date) SELECT id, 'CONNECT', 'SUBMITTED', 'Đề nghị cũ', 'B',"
                    + " 'b@x.vn', 'admin-nnmt', now() - interval '20 days', current_date - 10"
                    + " FROM information_system WHERE system_code = 'quan-trac'");
        }
        JsonNode overdue = json(send(Http.as(Tokens.OPERATOR, "/admin/v1/connection-requests?overdue=true")));
        assertTrue(overdue.get("totalItems").asInt() >= 1);
        overdue.get("items").forEach(r -> assertTrue(r.get("overdue").asBoolean(), r.toString()));
        assertEquals("H24.06/quan-trac", overdue.get("items").get(0).get("system").asText());
        JsonNode own = json(send(Http.as(Tokens.ADMIN_B, "/admin/v1/connection-requests")));
        own.get("items").forEach(r -> assertTrue(r.get("system").asText().startsWith("H24.03/"), r.toString()));
    }

    private static LocalDate fiveWorkingDaysFromToday() throws Exception {
        Set<LocalDate> holidays = new HashSet<>();
        try (Connection c = Database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT day FROM public_holiday")) {
            while (rs.next()) {
                holidays.add(rs.getDate(1).toLocalDate());
            }
        }
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        for (int counted = 0; counted < 5; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }
}
