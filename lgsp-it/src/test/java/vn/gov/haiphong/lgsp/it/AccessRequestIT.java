package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.meta.AllowedMethods;
import vn.gov.haiphong.lgsp.client.soap.meta.ListClients;
import vn.gov.haiphong.lgsp.client.soap.meta.MetaFault_Exception;
import vn.gov.haiphong.lgsp.client.soap.meta.MetaPortType;
import vn.gov.haiphong.lgsp.client.soap.meta.MetaService;
import vn.gov.haiphong.lgsp.client.soap.meta.Service;
import vn.gov.haiphong.lgsp.client.soap.meta.ServiceRequest;
import vn.gov.haiphong.lgsp.client.soap.meta.SystemRef;

/**
 * A consumer finds a service and registers its need with the authority (Quy chế Đ.13.2, NĐ 47/2020 Đ.35), the
 * provider gives or refuses consent, the authority decides — refusing everyone else with who decides — and allowedMethods, over REST and through a Metro client of
 * MetaService, shows exactly what the consumer may call, from the very next call after each change.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRequestIT {

    static final String PROVIDER = "/r1/VN/GOV/H24.03/ho-tich";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void requestApprovedByTheProviderShowsInAllowedMethodsAndEveryStepIsAudited() throws Exception {
        String service = publishedSoapService("cap-trich-luc", "capTrichLuc", "traCuuTrichLuc");
        assertTrue(allowedCodes(Tokens.SYSTEM).stream().noneMatch("cap-trich-luc"::equals));

        JsonNode filed = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/access-requests", request(service, null))));
        long id = filed.get("id").asLong();
        assertEquals("SUBMITTED", filed.get("status").asText());
        assertEquals(List.of("họ tên", "ngày sinh"), texts(filed.get("dataFields")));
        // Neither side of the exchange grants: each refusal names who decides and where the request stands.
        JsonNode notTheConsumers = AgencyRestIT.assertProblem(send(Http.as(Tokens.ADMIN_B, "/admin/v1/access-requests/"
                + id + "/approve").header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))), 403, "decision-reserved");
        assertEquals("Only the authority (Department of Science and Technology) may approve an access request; request "
                + id + " awaits the provider's consent.", notTheConsumers.get("detail").asText());
        JsonNode vi = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/access-requests/" + id + "/approve", ""),
                403, "decision-reserved");
        assertTrue(vi.get("detail").asText().startsWith("Chỉ cơ quan quản lý (Sở Khoa học và Công nghệ) được phê duyệt"), vi.toString());
        AgencyRestIT.assertProblem(post(Tokens.OPERATOR, "/admin/v1/access-requests/" + id + "/approve", ""), 403,
                "decision-reserved");
        // Consent is the provider's alone.
        for (String notProvider : List.of(Tokens.ADMIN_A, Tokens.AUTHORITY, Tokens.OPERATOR)) {
            JsonNode refused = AgencyRestIT.assertProblem(send(Http.as(notProvider, "/admin/v1/access-requests/" + id
                    + "/consent").header("Accept-Language", "en").header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))), 403, "decision-reserved");
            assertTrue(refused.get("detail").asText().startsWith("Only the provider's agency admin (H24.03) may give consent"),
                    refused.toString());
        }
        JsonNode consented = json(expect(200, post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/consent",
                "{\"note\":\"Đồng ý theo văn bản 12/STP\"}")));
        assertEquals("CONSENTED", consented.get("status").asText());
        assertTrue(consented.get("consent").get("given").asBoolean());
        assertFalse(consented.has("accessRight"), "consent grants nothing");
        assertTrue(allowedCodes(Tokens.SYSTEM).stream().noneMatch("cap-trich-luc"::equals));
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/consent", ""), 409,
                "access-request-state");
        JsonNode approved = json(expect(200, post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id + "/approve",
                "{\"note\":\"Phù hợp Quy chế Đ.13\"}")));
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals("authority", approved.get("decidedBy").asText());
        long right = approved.get("accessRight").asLong();
        assertEquals(List.of("FILE", "CONSENT", "APPROVE"), actions(approved.get("history")));

        assertTrue(allowedCodes(Tokens.SYSTEM).contains("cap-trich-luc"), "the very next call sees it");
        JsonNode rights = json(send(Http.as(Tokens.ADMIN_B, "/admin/v1/access-rights?live=true&service=" + q(service))));
        assertEquals(right, rights.get("items").get(0).get("id").asLong());
        assertEquals("H24.10/his", rights.get("items").get(0).get("consumer").asText());
        assertEquals(id, rights.get("items").get(0).get("accessRequest").asLong());
        // The provider no longer grants without a request; the authority's second grant is a duplicate.
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/access-rights", "{\"service\":\"" + service
                + "\",\"consumer\":\"H24.10/his\"}"), 403, "decision-reserved");
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/access-rights", "{\"service\":\"" + service
                + "\",\"consumer\":\"H24.10/his\"}"), 409, "access-right-exists");

        // Over SOAP, through the Metro client generated from the published WSDL.
        MetaPortType meta = metro();
        AllowedMethods ask = new AllowedMethods();
        ask.setProvider(ref("H24.03", "ho-tich"));
        List<Service> allowed = meta.allowedMethods(ask).getService();
        Service soapView = allowed.stream().filter(s -> s.getServiceCode().equals("cap-trich-luc")).findFirst().orElseThrow();
        assertEquals(List.of("capTrichLuc", "traCuuTrichLuc"), soapView.getOperation().stream().map(o -> o.getCode()).toList());

        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=access-request&entityKey=" + id)));
        assertEquals(List.of("APPROVE", "CONSENT", "FILE"), actions(audit.get("items")));
        JsonNode grant = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=access-right&entityKey=" + right)));
        assertEquals(List.of("GRANT"), actions(grant.get("items")));

        // Revoked: gone from the very next answer.
        expect(200, post(Tokens.ADMIN_B, "/admin/v1/access-rights/" + right + "/revoke", "{\"reason\":\"Hết nhu cầu\"}"));
        assertTrue(allowedCodes(Tokens.SYSTEM).stream().noneMatch("cap-trich-luc"::equals));
        assertTrue(meta.allowedMethods(ask).getService().stream().noneMatch(s -> s.getServiceCode().equals("cap-trich-luc")));
    }

    @Test
    void aRefusalNeedsAReasonAndGrantsNothing() {
        String service = publishedSoapService("xac-nhan-tinh-trang", "xacNhan");
        long id = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/access-requests", request(service, "xacNhan"))))
                .get("id").asLong();
        // The provider refuses consent (a reason is required); the request stays with the authority, who refuses.
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/dissent", "{}"), 400,
                "validation-failed");
        JsonNode dissented = json(expect(200, post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/dissent",
                "{\"reason\":\"Dữ liệu có thông tin cá nhân nhạy cảm\"}")));
        assertEquals("DISSENTED", dissented.get("status").asText());
        assertFalse(dissented.get("consent").get("given").asBoolean());
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/refuse",
                "{\"reason\":\"x\"}"), 403, "decision-reserved");
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id + "/refuse", "{}"), 400,
                "validation-failed");
        JsonNode refused = json(expect(200, post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id + "/refuse",
                "{\"reason\":\"Chưa đủ căn cứ pháp lý\"}")));
        assertEquals("REFUSED", refused.get("status").asText());
        assertEquals("Chưa đủ căn cứ pháp lý", refused.get("refusalReason").asText());
        assertFalse(refused.has("accessRight"), refused.toString());
        AgencyRestIT.assertProblem(post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id + "/approve", ""), 409,
                "access-request-state");
        assertTrue(allowedCodes(Tokens.SYSTEM).stream().noneMatch("xac-nhan-tinh-trang"::equals));
        // Agencies outside the request see nothing of it.
        long seenByOther = json(send(Http.as(Tokens.ADMIN_A, "/admin/v1/access-requests/" + id))).get("id").asLong();
        assertEquals(id, seenByOther);
    }

    @Test
    void theAuthorityDecidesAtAnyTimeAndAnUnansweredRequestIsMarkedOverdue() {
        String early = publishedSoapService("tra-cuu-som", "traCuu");
        long first = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/access-requests", request(early, null))))
                .get("id").asLong();
        // Before the provider has answered, and long before the due date.
        JsonNode approved = json(expect(200, post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + first + "/approve", "")));
        assertEquals("APPROVED", approved.get("status").asText());
        assertFalse(approved.has("consent"), "decided without the provider's answer");
        assertTrue(allowedCodes(Tokens.SYSTEM).contains("tra-cuu-som"));

        String service = publishedSoapService("tra-cuu-qua-han", "traCuu");
        long id = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/access-requests", request(service, null))))
                .get("id").asLong();
        // Five working days pass without an answer.
        Database.execute("UPDATE access_request SET due_date = current_date - 1 WHERE id = " + id);
        JsonNode late = json(send(Http.as(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id)));
        assertTrue(late.get("overdue").asBoolean(), late.toString());
        // The consumer may withdraw; the provider may not.
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/access-requests/" + id + "/withdraw", ""), 403,
                "decision-reserved");
        JsonNode withdrawn = json(expect(200, post(Tokens.ADMIN_A, "/admin/v1/access-requests/" + id + "/withdraw", "")));
        assertEquals("WITHDRAWN", withdrawn.get("status").asText());
        assertTrue(allowedCodes(Tokens.SYSTEM).stream().noneMatch("tra-cuu-qua-han"::equals));
    }

    @Test
    void metaServiceOverSoapListsClientsAndHandsOutContractsWithTheProviderAddressHidden() throws Exception {
        MetaPortType meta = metro();
        assertTrue(meta.listClients(new ListClients()).getClient().stream().anyMatch(c -> c.getId().equals("H24.10/his")));

        ServiceRequest wsdl = new ServiceRequest();
        wsdl.setProvider(ref("H24.03", "ho-tich"));
        wsdl.setServiceCode("tra-cuu-ho-tich");
        String published = new String(meta.getWsdl(wsdl).getDocument().getContent(), StandardCharsets.UTF_8);
        // as the provider registered it, but for its address: a consumer reaches it through the gateway
        assertTrue(Files.readString(Path.of("../lgsp-ejb/src/main/resources/demo/contracts/ho-tich.wsdl"))
                .contains("https://hotich.stp.haiphong.gov.vn/ws/HoTichService"), "the address the provider registered");
        assertFalse(published.contains("https://hotich.stp.haiphong.gov.vn/ws"), published);
        assertTrue(published.contains("location=\"http://example.org/xroad-endpoint\"")
                && published.contains("traCuuKhaiSinh"), published);
        ServiceRequest openApi = new ServiceRequest();
        openApi.setProvider(ref("H24.06", "dat-dai"));
        openApi.setServiceCode("tra-cuu-thua-dat");
        assertTrue(new String(meta.getOpenAPI(openApi).getDocument().getContent(), "UTF-8").contains("layThuaDat"));
        // getWsdl of a REST service: a typed fault, in the caller's language.
        wsdl.setProvider(ref("H24.06", "dat-dai"));
        wsdl.setServiceCode("tra-cuu-thua-dat");
        MetaFault_Exception fault = assertThrows(MetaFault_Exception.class, () -> meta.getWsdl(wsdl));
        assertEquals("service-not-found", fault.getFaultInfo().getCode());

        assertEquals(200, send(Http.as(Tokens.SYSTEM, "/r1/VN/GOV/H24.06/dat-dai/getOpenAPI?serviceCode=tra-cuu-thua-dat"))
                .statusCode());
        AgencyRestIT.assertProblem(Http.get("/r1/XX/GOV/H24.06/dat-dai/listMethods"), 404, "system-not-found");
    }

    /** Registers and publishes a SOAP service of Sở Tư pháp (admin B), answering its id. */
    static String publishedSoapService(String code, String... operations) {
        expect(201, post(Tokens.ADMIN_B, "/admin/v1/services", ServiceCatalogIT.soapService("H24.03/ho-tich", code,
                ServiceCatalogIT.wsdl("urn:test:" + code, "", operations)).toString()));
        String id = "H24.03/ho-tich/" + code + "/v1";
        expect(200, post(Tokens.ADMIN_B, "/admin/v1/services/" + id + "/publish", ""));
        return id;
    }

    static String request(String service, String operation) {
        return "{\"consumer\":\"H24.10/his\",\"service\":\"" + service + "\""
                + (operation == null ? "" : ",\"operation\":\"" + operation + "\"")
                + ",\"purpose\":\"Xác minh nhân thân người bệnh\",\"legalBasis\":\"Nghị định 47/2020/NĐ-CP\","
                + "\"dataFields\":[\"họ tên\",\"ngày sinh\"],\"frequency\":\"khoảng 2.000 lượt/ngày\"}";
    }

    /** The service codes the caller may call of Sở Tư pháp's system, from REST allowedMethods. */
    static List<String> allowedCodes(String caller) {
        return texts(json(expect(200, send(Http.as(caller, PROVIDER + "/allowedMethods")))).get("service"), "service_code");
    }

    static MetaPortType metro() throws Exception {
        MetaPortType meta = new MetaService(new URL(Http.BASE + "/ws/MetaService?wsdl")).getMetaPort();
        RegistrySoapIT.headers(meta, Map.of());
        return meta;
    }

    static SystemRef ref(String agency, String system) {
        SystemRef ref = new SystemRef();
        ref.setAgencyCode(agency);
        ref.setSystemCode(system);
        return ref;
    }

    private static List<String> actions(JsonNode steps) {
        return texts(steps, "action");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
