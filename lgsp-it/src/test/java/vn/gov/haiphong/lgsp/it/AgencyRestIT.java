package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.get;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The agency registry's REST API, black box, over HTTP with real tokens, with the Hải Phòng demo data
 * loaded. Other test classes add agencies (under H24.15, or by organisational changes of communes
 * H24.101–H24.110), so the assertions below count what the demo loaded, not the totals.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyRestIT {

    /** UBND thành phố, 18 departments and other units under it, 2 centres under departments, 114 communes. */
    static final int DEMO_AGENCIES = 135;
    static final String CODE_36 = "H24" + ".01".repeat(11);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void listsTheDemoCityPageByPage() {
        JsonNode page = json(get("/api/v1/agencies?size=100"));
        long total = page.get("totalItems").asLong();
        assertEquals(Database.agencyCount(), total);
        assertTrue(total >= DEMO_AGENCIES, "the demo city is loaded");
        assertEquals((total + 99) / 100, page.get("totalPages").asLong());
        assertEquals(100, page.get("items").size());
        assertEquals("H24", page.get("items").get(0).get("code").asText(), "ordered by code");
        JsonNode second = json(get("/api/v1/agencies?size=100&page=1"));
        assertEquals(Math.min(100, total - 100), second.get("items").size());
    }

    @Test
    void filtersByParentAndStatus() {
        List<JsonNode> underCity = all("/api/v1/agencies?parent=H24");
        assertEquals(114, underCity.stream().filter(a -> a.has("administrativeUnitCode")).count(), "communes");
        assertEquals(18, underCity.stream().filter(a -> !a.get("kind").asText().equals("COMMUNE_COMMITTEE")).count(),
                "departments and other units directly under UBND thành phố");
        JsonNode underScience = json(get("/api/v1/agencies?parent=H24.08"));
        assertEquals(1, underScience.get("totalItems").asInt());
        assertEquals("H24.08.01", underScience.get("items").get(0).get("code").asText());
        long total = 0;
        for (String status : List.of("ACTIVE", "SUSPENDED", "RETIRED")) {
            JsonNode page = json(get("/api/v1/agencies?size=100&status=" + status));
            page.get("items").forEach(a -> assertEquals(status, a.get("status").asText()));
            total += page.get("totalItems").asLong();
        }
        assertEquals(Database.agencyCount(), total);
        assertEquals(0, json(get("/api/v1/agencies?parent=H24.99")).get("totalItems").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"so khoa hoc", "Sở Khoa học", "SO KHOA HOC VA CONG NGHE", "khoa   hoc cong"})
    void findsNamesWithOrWithoutDiacritics(String query) {
        JsonNode page = json(get("/api/v1/agencies?q=" + q(query)));
        assertEquals(1, page.get("totalItems").asInt(), query);
        JsonNode agency = page.get("items").get(0);
        assertEquals("H24.08", agency.get("code").asText());
        assertEquals("Sở Khoa học và Công nghệ", agency.get("name").asText());
    }

    @Test
    void theCommunesOfTheReformAreThereWithTheirStatisticsCodes() {
        JsonNode page = json(get("/api/v1/agencies?q=" + q("dac khu")));
        assertEquals(2, page.get("totalItems").asInt());
        List<String> units = new ArrayList<>();
        page.get("items").forEach(a -> units.add(a.get("administrativeUnitCode").asText() + " " + a.get("name").asText()));
        assertEquals(List.of("11914 Ủy ban nhân dân đặc khu Cát Hải", "11948 Ủy ban nhân dân đặc khu Bạch Long Vĩ"),
                units);
        List<JsonNode> communes = all("/api/v1/agencies?parent=H24").stream()
                .filter(a -> a.has("administrativeUnitCode")).toList();
        assertEquals(114, communes.size(), "67 xã, 45 phường, 2 đặc khu");
        assertEquals(67, communes.stream().filter(a -> a.get("name").asText().contains(" xã ")).count());
    }

    @Test
    void getsOneAgencyWithItsVersionAsETag() {
        HttpResponse<String> response = get("/api/v1/agencies/H24.08.01");
        assertEquals(200, response.statusCode());
        assertEquals("\"0\"", response.headers().firstValue("ETag").orElseThrow());
        JsonNode agency = json(response);
        assertEquals("Trung tâm Công nghệ thông tin và Truyền thông", agency.get("name").asText());
        assertEquals("H24.08", agency.get("parentCode").asText());
        assertEquals("PUBLIC_SERVICE_UNIT", agency.get("kind").asText());
        assertEquals("ACTIVE", agency.get("status").asText());
        assertEquals("02253500234", agency.get("phone").asText(), "stored without separators");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h24", "H2", "H24..01", "H24.1", "Z01"})
    void malformedCodesAreAClearBadRequest(String code) {
        assertProblem(get("/api/v1/agencies/" + code), 400, "invalid-agency-code");
        assertProblem(get("/api/v1/agencies?parent=" + code), 400, "invalid-agency-code");
    }

    @Test
    void aThirtySixCharacterCodeIsRefused() {
        assertEquals(36, CODE_36.length());
        JsonNode problem = assertProblem(get("/api/v1/agencies/" + CODE_36), 400, "invalid-agency-code");
        assertTrue(problem.get("detail").asText().contains("35"), problem.toString());
    }

    @Test
    void errorsSpeakVietnameseByDefaultAndEnglishOnRequest() {
        JsonNode vi = assertProblem(get("/api/v1/agencies/H24.99"), 404, "agency-not-found");
        assertEquals("Không tìm thấy cơ quan, đơn vị", vi.get("title").asText());
        assertEquals("/api/v1/agencies/H24.99", vi.get("instance").asText());
        HttpResponse<String> en = send(Http.as(Tokens.SYSTEM, "/api/v1/agencies/H24.99")
                .header("Accept-Language", "en-GB, vi;q=0.5"));
        assertEquals("en", en.headers().firstValue("Content-Language").orElseThrow());
        assertEquals("No agency has the identifier code \"H24.99\".", json(en).get("detail").asText());
    }

    @Test
    void badPagingNamesEachField() {
        JsonNode problem = assertProblem(get("/api/v1/agencies?page=abc&size=1000"), 400, "validation-failed");
        assertEquals(2, problem.get("errors").size());
        assertEquals("page", problem.get("errors").get(0).get("field").asText());
        assertEquals("size", problem.get("errors").get(1).get("field").asText());
        // A filter value outside its documented set: the one rule of every listing (docs/api.md, "API shape rules").
        JsonNode status = assertProblem(get("/api/v1/agencies?status=CLOSED"), 400, "invalid-parameter");
        assertTrue(status.get("detail").asText().contains("ACTIVE, SUSPENDED, RETIRED"), status.toString());
    }

    @Test
    void runtimeErrorsAreProblemsToo() {
        assertProblem(get("/api/v1/no-such-thing"), 404, "resource-not-found");
        assertProblem(send(Http.as(Tokens.SYSTEM, "/api/v1/agencies/H24").DELETE()), 405, "method-not-allowed");
        assertProblem(send(Http.as(Tokens.SYSTEM, "/api/v1/agencies/H24").setHeader("Accept", "application/xml")),
                406, "not-acceptable");
    }

    @Test
    void readsNeedAnAuthenticatedCaller() {
        HttpResponse<String> anonymous = send(request("/api/v1/agencies/H24"));
        assertProblem(anonymous, 401, "authentication-required");
        assertEquals("Bearer realm=\"lgsp\"", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        HttpResponse<String> bogus = send(request("/api/v1/agencies").header("Authorization", "Bearer not-a-token"));
        assertProblem(bogus, 401, "invalid-token");
        assertTrue(bogus.headers().firstValue("WWW-Authenticate").orElseThrow().contains("error=\"invalid_token\""));
    }

    @Test
    void adminWritesNeedTheOperatorAndAreCheckedBeforeTheBodyIsRead() {
        long before = Database.agencyCount();
        String valid = "{\"code\":\"H24.15.90\",\"name\":\"Phòng Thử nghiệm\",\"kind\":\"OTHER\"}";
        assertProblem(send(request("/admin/v1/agencies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(valid))), 401, "authentication-required");
        assertProblem(send(Http.as(Tokens.SYSTEM, "/admin/v1/agencies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(valid))), 403, "access-denied");
        assertProblem(send(Http.as(Tokens.AUDITOR, "/admin/v1/agencies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"code\": \"H24.15.90\", "))), 403, "access-denied");
        // Forged identity headers change nothing.
        assertProblem(send(request("/admin/v1/agencies").header("Content-Type", "application/json")
                .header("X-Forwarded-User", "operator").header("X-Remote-User", "operator")
                .POST(BodyPublishers.ofString(valid))), 401, "authentication-required");
        assertEquals(before, Database.agencyCount());
        assertEquals(404, get("/api/v1/agencies/H24.15.90").statusCode());
    }

    @Test
    void badAdminBodiesAreClearErrorsAndStoreNothing() {
        long before = Database.agencyCount();
        JsonNode malformed = assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"code\": \"H24.15.91\", "))), 400, "malformed-request");
        assertFalse(malformed.get("detail").asText().isBlank());
        JsonNode missing = assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"code\":\"H24.15.91\"}"))),
                400, "validation-failed");
        List<String> fields = new ArrayList<>();
        missing.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("decisionDate", "decisionNumber", "kind", "name"), fields);
        for (String code : List.of("h24.15.91", "H2", CODE_36, "H24..01")) {
            JsonNode bad = assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies")
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"OTHER\",\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\"}"))),
                    400, "validation-failed");
            assertEquals("code", bad.get("errors").get(0).get("field").asText(), code);
        }
        assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/agencies").header("Content-Type", "text/xml")
                .POST(BodyPublishers.ofString("<agency/>"))), 415, "unsupported-media-type");
        assertEquals(before, Database.agencyCount());
    }

    @Test
    void wrongContentTypeAndOversizedBodiesAreRefusedBeforeReading() {
        long before = Database.agencyCount();
        assertProblem(send(request("/admin/v1/agencies").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("code=H24.19"))), 415, "unsupported-media-type");
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        JsonNode tooLarge = assertProblem(send(request("/admin/v1/agencies").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(big))), 413, "payload-too-large");
        assertTrue(tooLarge.get("detail").asText().contains("262"), tooLarge.toString());
        assertEquals(before, Database.agencyCount());
    }

    @Test
    void openApiDocumentsEveryEndpointWithItsErrors() {
        HttpResponse<String> response = send(request("/openapi?format=JSON").header("Accept", "application/json"));
        assertEquals(200, response.statusCode());
        JsonNode paths = json(response).get("paths");
        for (String path : List.of("/api/v1/agencies", "/api/v1/agencies/{code}", "/admin/v1/agencies",
                "/admin/v1/agencies/{code}", "/admin/v1/audit")) {
            assertTrue(paths.has(path), path);
            paths.get(path).fields().forEachRemaining(operation -> {
                JsonNode responses = operation.getValue().get("responses");
                for (String status : List.of("400", "406", "500")) {
                    assertTrue(responses.has(status), path + " " + operation.getKey() + " " + status);
                    assertTrue(responses.get(status).get("content").has("application/problem+json"));
                }
                assertTrue(responses.has("401") && responses.has("403"), path + " " + operation.getKey());
            });
        }
        assertTrue(paths.get("/api/v1/agencies/{code}").get("get").get("responses").has("404"));
        assertFalse(paths.has("/ws/RegistryService"));
    }

    /** Every item of a listing, page by page. */
    static List<JsonNode> all(String listing) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode json = json(get(listing + "&size=100&page=" + page));
            json.get("items").forEach(items::add);
            if (page + 1 >= json.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = json(response);
        assertEquals(status, problem.get("status").asInt());
        assertEquals(code, problem.get("code").asText());
        assertEquals("https://lgsp.haiphong.gov.vn/problems/" + code, problem.get("type").asText());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(problem.get("detail").asText().isBlank());
        assertFalse(response.body().contains("Exception"), "no internals: " + response.body());
        return problem;
    }
}
