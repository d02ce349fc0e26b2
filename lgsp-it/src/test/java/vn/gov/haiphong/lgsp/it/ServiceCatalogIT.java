package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service catalog through its documented REST API: services registered from an OpenAPI document
 * and from a WSDL (uploaded, and fetched with its imports), the life cycle with a disabled service's
 * notice, browsing with and without diacritics, contracts byte for byte to their managers and with the provider's
 * address hidden from everyone else, and hostile or
 * broken contracts refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String OPENAPI = """
            openapi: 3.0.3
            info: {title: Tóm tắt bệnh án, version: "1.0"}
            servers: [{url: "https://his.soyte.haiphong.gov.vn/api"}]
            paths:
              /benh-an/{maBenhNhan}:
                get: {operationId: layBenhAn, summary: Tóm tắt bệnh án, responses: {"200": {description: ok}}}
              /benh-an/{maBenhNhan}/don-thuoc:
                get: {responses: {"200": {description: ok}}}
            """;

    static final String XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:ho-tich"
                       elementFormDefault="qualified">
              <xs:element name="traCuu"><xs:complexType><xs:sequence>
                <xs:element name="so" type="xs:string"/></xs:sequence></xs:complexType></xs:element>
            </xs:schema>""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRestServiceIsRegisteredFromOpenApiPublishedAndFoundWithOrWithoutDiacritics() throws Exception {
        JsonNode draft = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/services",
                restService("H24.10/his", "tom-tat-benh-an", OPENAPI))));
        String id = "H24.10/his/tom-tat-benh-an/v1";
        assertEquals(id, draft.get("id").asText());
        assertEquals("DRAFT", draft.get("status").asText());
        assertEquals("REST", draft.get("protocol").asText());
        assertEquals("https://his.soyte.haiphong.gov.vn/api", draft.get("providerUrl").asText(), "from servers[0]");
        assertEquals("SPECIALISED", draft.get("dataKind").asText(), "the provider system's by default");
        JsonNode operations = draft.get("operations");
        assertEquals(2, operations.size(), operations.toString());
        assertEquals("layBenhAn", operations.get(0).get("code").asText());
        assertEquals("/benh-an/{maBenhNhan}", operations.get(0).get("path").asText());
        assertEquals("GET /benh-an/{maBenhNhan}/don-thuoc", operations.get(1).get("code").asText(), "no operationId");

        // A draft exists only for those who manage the provider.
        AgencyRestIT.assertProblem(Http.get("/api/v1/services/" + id), 404, "service-not-found");
        assertEquals(0, search(Tokens.SYSTEM, "q=" + q("tom tat benh an")).get("totalItems").asInt());
        expect(200, send(Http.as(Tokens.ADMIN_A, "/api/v1/services/" + id)));
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_B, "/admin/v1/services/" + id + "/publish", ""), 403, "access-denied");

        assertEquals("PUBLISHED", json(expect(200, post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/publish", "")))
                .get("status").asText());
        for (String words : List.of("tom tat benh an", "Tóm tắt", "TOM-TAT")) {
            JsonNode found = search(Tokens.SYSTEM, "q=" + q(words));
            assertEquals(1, found.get("totalItems").asInt(), words + ": " + found);
            assertFalse(found.get("items").get(0).has("providerUrl"), "consumers do not see the provider URL");
        }
        assertEquals(1, search(Tokens.SYSTEM, "agency=H24.10&q=" + q("benh an")).get("totalItems").asInt());
        assertEquals(0, search(Tokens.SYSTEM, "dataKind=BASE&q=" + q("benh an")).get("totalItems").asInt());
        assertTrue(AgencyRestIT.assertProblem(Http.get("/api/v1/services?dataKind=BIG"), 400, "invalid-parameter")
                .get("detail").asText().contains("BASE, SPECIALISED, OTHER"));
        AgencyRestIT.assertProblem(Http.get("/api/v1/services?status=DRAFT"), 403, "access-denied");

        // Those who manage the provider get the contract exactly as given, with a strong ETag; a repeat read is a 304.
        HttpResponse<byte[]> contract = Http.bytes(Http.as(Tokens.ADMIN_A, "/api/v1/services/" + id + "/contract"));
        assertEquals(200, contract.statusCode());
        assertArrayEquals(OPENAPI.getBytes(StandardCharsets.UTF_8), contract.body());
        String etag = contract.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, send(Http.as(Tokens.ADMIN_A, "/api/v1/services/" + id + "/contract")
                .header("If-None-Match", etag)).statusCode());
        // Everyone else gets it with the provider's address hidden, as its providerUrl is; the rest as given.
        HttpResponse<byte[]> consumers = Http.bytes(Http.as(Tokens.SYSTEM, "/api/v1/services/" + id + "/contract"));
        assertEquals(200, consumers.statusCode());
        String seen = new String(consumers.body(), StandardCharsets.UTF_8);
        assertFalse(seen.contains("his.soyte.haiphong.gov.vn"), seen);
        assertTrue(seen.contains("http://example.org/xroad-endpoint") && seen.contains("layBenhAn")
                && seen.contains("Tóm tắt bệnh án") && seen.contains("/benh-an/{maBenhNhan}/don-thuoc"), seen);
        String consumersTag = consumers.headers().firstValue("ETag").orElseThrow();
        assertFalse(consumersTag.equals(etag), "another representation, another tag");
        assertEquals(304, send(Http.as(Tokens.SYSTEM, "/api/v1/services/" + id + "/contract")
                .header("If-None-Match", consumersTag)).statusCode());

        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services", restService("H24.10/his", "tom-tat-benh-an",
                OPENAPI)), 409, "service-exists");
        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=service&entityKey=" + q(id))));
        assertEquals(List.of("PUBLISH", "REGISTER"), actions(audit));
    }

    @Test
    void soapServicesComeFromAnUploadedWsdlWithItsSchemasOrFromAnAddressWithItsImports() throws Exception {
        ObjectNode uploaded = soapService("H24.03/ho-tich", "tra-cuu-cai-chinh", wsdl("urn:test:ho-tich",
                "<xs:import namespace=\"urn:test:ho-tich\" schemaLocation=\"types.xsd\"/>", "traCuu", "capBanSao"));
        ((ObjectNode) uploaded.get("contract")).set("schemas", JSON.valueToTree(Map.of("types.xsd", XSD)));
        JsonNode soap = json(expect(201, post(Tokens.ADMIN_B, "/admin/v1/services", uploaded.toString())));
        assertEquals("SOAP", soap.get("protocol").asText());
        assertEquals(List.of("traCuu", "capBanSao"), codes(soap.get("operations")));
        assertEquals("http://ho-tich.example/ws", soap.get("providerUrl").asText(), "from soap:address");
        assertEquals(2, soap.get("documents").size());
        HttpResponse<byte[]> schema = Http.bytes(Http.as(Tokens.ADMIN_B,
                "/api/v1/services/H24.03/ho-tich/tra-cuu-cai-chinh/v1/contract?document=types.xsd"));
        assertArrayEquals(XSD.getBytes(StandardCharsets.UTF_8), schema.body());

        // Fetched: the platform's own RegistryService WSDL, whose XSD import is fetched from the same host.
        ObjectNode fetched = soapService("H24.06/dat-dai", "dang-ky-thong-tin", null);
        ((ObjectNode) fetched.get("contract")).put("url", Http.BASE + "/ws/RegistryService?wsdl").remove("document");
        JsonNode registry = json(expect(201, post(Tokens.OPERATOR, "/admin/v1/services", fetched.toString())));
        assertEquals(List.of("getAgency", "findAgencies", "resolveAgencyCode", "getSystem", "findSystems"),
                codes(registry.get("operations")));
        assertTrue(registry.get("documents").size() >= 2, "the WSDL and its XSD: " + registry.get("documents"));
        assertEquals(Http.BASE + "/ws/RegistryService?wsdl", registry.get("contractUrl").asText());
    }

    @Test
    void aDisabledServiceShowsItsNoticeUntilEnabledAndRetiredIsFinal() {
        String id = "H24.10/his/lich-kham/v1";
        expect(201, post(Tokens.ADMIN_A, "/admin/v1/services", restService("H24.10/his", "lich-kham", OPENAPI)));
        expect(200, post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/publish", ""));
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/disable", "{}"), 400,
                "validation-failed");
        expect(200, post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/disable",
                "{\"noticeVi\":\"Bảo trì đến 17:00\",\"noticeEn\":\"Maintenance until 17:00\"}"));
        JsonNode disabled = json(Http.get("/api/v1/services/" + id));
        assertEquals("DISABLED", disabled.get("status").asText());
        assertEquals("Bảo trì đến 17:00", disabled.get("notice").get("vi").asText());
        assertEquals("Maintenance until 17:00", disabled.get("notice").get("en").asText());
        JsonNode listed = json(Http.get("/r1/VN/GOV/H24.10/his/listMethods")).get("service");
        JsonNode inList = find(listed, "lich-kham");
        assertEquals("Bảo trì đến 17:00", inList.get("notice").get("vi").asText(), listed.toString());
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/publish", ""), 409, "service-state");

        JsonNode enabled = json(expect(200, post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/enable", "")));
        assertEquals("PUBLISHED", enabled.get("status").asText());
        assertFalse(enabled.has("notice"), enabled.toString());
        expect(200, post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/retire", ""));
        AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services/" + id + "/enable", ""), 409, "service-state");
        assertTrue(find(json(Http.get("/r1/VN/GOV/H24.10/his/listMethods")).get("service"), "lich-kham") == null,
                "a retired service is no longer listed");
    }

    @Test
    void brokenAndHostileContractsAreRefusedWithClearErrorsAndNothingIsStored() {
        long services = Database.queryLong(Database.NAME, "SELECT count(*) FROM service");
        long documents = Database.queryLong(Database.NAME, "SELECT count(*) FROM service_document");
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\">&x;</definitions>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\">&c;</definitions>";
        String deep = "<definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\">" + "<a>".repeat(1000) + "</a>".repeat(1000)
                + "</definitions>";
        String yamlBomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(restService("H24.10/his", "x1", "openapi: 3.0.0\ninfo: {title: x\npaths: {}"), "dòng");
        refused.put(restService("H24.10/his", "x2", "swagger: \"2.0\"\ninfo: {title: x, version: 1}\npaths: {}"),
                "Swagger");
        refused.put(restService("H24.10/his", "x3", "openapi: 3.1.0\ninfo: {title: x, version: 1}\npaths: {}"),
                "paths");
        refused.put(restService("H24.10/his", "x4", yamlBomb), "aliases");
        refused.put(soapService("H24.10/his", "x5", dtd).toString(), "DOCTYPE");
        refused.put(soapService("H24.10/his", "x6", laughs).toString(), "DOCTYPE");
        refused.put(soapService("H24.10/his", "x7", deep).toString(), "64");
        refused.put(soapService("H24.10/his", "x8", wsdl("urn:x",
                "<xs:import namespace=\"urn:y\" schemaLocation=\"http://127.0.0.1:1/evil.xsd\"/>", "op")).toString(),
                "evil.xsd");
        refused.put(soapService("H24.10/his", "x9", "<schema xmlns=\"http://www.w3.org/2001/XMLSchema\"/>").toString(),
                "WSDL");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> attempt : refused.entrySet()) {
            HttpResponse<String> response = post(Tokens.ADMIN_A, "/admin/v1/services", attempt.getKey());
            String body = response.body();
            if (response.statusCode() != 422 || !body.contains("contract-invalid") || !body.contains(attempt.getValue())) {
                wrong.add(response.statusCode() + " " + body);
            }
        }
        assertEquals(List.of(), wrong);
        JsonNode english = json(send(Http.as(Tokens.ADMIN_A, "/admin/v1/services").header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        soapService("H24.10/his", "x5", dtd).toString()))));
        assertTrue(english.get("errors").get(0).get("message").asText().contains("DOCTYPE/DTD is not accepted"), english.toString());

        JsonNode invalid = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services", """
                {"system":"H24.10","code":"1-bad","version":"v 1","titleVi":"x","timeoutMs":5,
                 "circuit":{"failures":0,"openSeconds":3601},
                 "contract":{"type":"RAML","document":"x","url":"http://x"}}"""), 400, "validation-failed");
        assertEquals(List.of("circuit.failures", "circuit.openSeconds", "code", "contract", "contract.type", "system",
                        "timeoutMs", "version"),
                fields(invalid.get("errors")), invalid.toString());
        // The X-Road metadata services' names are the gateway's own, for every provider.
        JsonNode reserved = AgencyRestIT.assertProblem(post(Tokens.ADMIN_A, "/admin/v1/services",
                restService("H24.10/his", "listMethods", "openapi: 3.0.0\ninfo: {title: x, version: 1}\npaths: {}")),
                400, "validation-failed");
        assertEquals(List.of("code"), fields(reserved.get("errors")), reserved.toString());
        assertTrue(reserved.get("errors").get(0).get("message").asText().contains("listMethods"), reserved.toString());
        assertEquals(services, Database.queryLong(Database.NAME, "SELECT count(*) FROM service"));
        assertEquals(documents, Database.queryLong(Database.NAME, "SELECT count(*) FROM service_document"));
    }

    static String restService(String system, String code, String openApi) {
        ObjectNode body = JSON.createObjectNode().put("system", system).put("code", code).put("version", "v1")
                .put("titleVi", "Tóm tắt bệnh án " + code).put("titleEn", "Medical record summary");
        body.putObject("contract").put("type", "OPENAPI").put("document", openApi);
        return body.toString();
    }

    static ObjectNode soapService(String system, String code, String wsdl) {
        ObjectNode body = JSON.createObjectNode().put("system", system).put("code", code).put("version", "v1")
                .put("titleVi", "Tra cứu cải chính hộ tịch").put("dataKind", "SPECIALISED");
        body.putObject("contract").put("type", "WSDL").put("document", wsdl);
        return body;
    }

    /** A document/literal WSDL 1.1 with the given operations and schema imports. */
    static String wsdl(String namespace, String imports, String... operations) {
        StringBuilder ops = new StringBuilder();
        for (String op : operations) {
            ops.append("<operation name=\"").append(op).append("\"><input message=\"t:m\"/></operation>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\""
                + " xmlns:soap=\"http://schemas.xmlsoap.org/wsdl/soap/\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:t=\"" + namespace + "\" targetNamespace=\"" + namespace + "\">"
                + "<types><xs:schema>" + imports + "</xs:schema></types>"
                + "<message name=\"m\"/><portType name=\"P\">" + ops + "</portType>"
                + "<binding name=\"B\" type=\"t:P\"><soap:binding style=\"document\""
                + " transport=\"http://schemas.xmlsoap.org/soap/http\"/></binding>"
                + "<service name=\"S\"><port name=\"P\" binding=\"t:B\"><soap:address location=\"http://ho-tich.example/ws\"/>"
                + "</port></service></definitions>";
    }

    static JsonNode search(String caller, String query) {
        return json(expect(200, send(Http.as(caller, "/api/v1/services?" + query))));
    }

    static JsonNode find(JsonNode services, String code) {
        for (JsonNode s : services) {
            if (s.get("service_code").asText().equals(code)) {
                return s;
            }
        }
        return null;
    }

    static List<String> codes(JsonNode operations) {
        List<String> codes = new ArrayList<>();
        operations.forEach(o -> codes.add(o.get("code").asText()));
        return codes;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static List<String> actions(JsonNode audit) {
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(i -> actions.add(i.get("action").asText()));
        assertFalse(actions.isEmpty());
        return actions;
    }
}
