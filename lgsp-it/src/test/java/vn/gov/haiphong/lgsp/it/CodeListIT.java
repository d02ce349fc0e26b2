package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeListFault_Exception;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeListPortType;
import vn.gov.haiphong.lgsp.client.soap.codelist.CodeListService;
import vn.gov.haiphong.lgsp.client.soap.codelist.GetItem;
import vn.gov.haiphong.lgsp.client.soap.codelist.GetItems;
import vn.gov.haiphong.lgsp.client.soap.codelist.Item;
import vn.gov.haiphong.lgsp.client.soap.codelist.ListCodeLists;

/** Shared code lists over REST with real tokens: the reference lists, import → publish → read → sync. */
@ExtendWith(ArquillianExtension.class)
class CodeListIT {

    private static final String UNITS = "/api/v1/code-lists/don-vi-hanh-chinh";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theAdministrativeUnitsOfThe2025ReformAreServed() {
        JsonNode list = json(Http.get(UNITS));
        assertEquals(1, list.get("currentVersion").asInt());
        assertEquals(3355, list.get("versions").get(0).get("itemCount").asInt(), "34 provinces and 3,321 units");
        JsonNode haiPhong = json(Http.get(UNITS + "/items?parent=31&size=1"));
        assertEquals(114, haiPhong.get("totalItems").asInt());
        JsonNode found = json(Http.get(UNITS + "/items?q=" + q("hai phong")));
        assertEquals("31", found.get("items").get(0).get("code").asText());
        assertEquals("Thành phố Hải Phòng", found.get("items").get(0).get("name").asText());
        JsonNode bachLongVi = json(Http.get(UNITS + "/items/11948"));
        assertEquals("Đặc khu Bạch Long Vĩ", bachLongVi.get("name").asText());
        assertEquals("đặc khu", bachLongVi.get("attributes").get("division_type").asText());
        assertEquals(2, bachLongVi.get("attributes").get("level").asInt());
        assertEquals(54, json(Http.get("/api/v1/code-lists/dan-toc/items?size=100")).get("totalItems").asInt());
    }

    @Test
    void soapReadsThroughAMetroClient() throws Exception {
        CodeListPortType soap = new CodeListService(new URL(Http.BASE + "/ws/CodeListService?wsdl")).getCodeListPort();
        ((BindingProvider) soap).getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS,
                Map.of("Authorization", List.of("Bearer " + Tokens.of(Tokens.SYSTEM))));
        assertTrue(soap.listCodeLists(new ListCodeLists()).getCodeList().stream()
                .anyMatch(l -> l.getCode().equals("don-vi-hanh-chinh") && l.getCurrentVersion() == 1));
        GetItems haiPhong = new GetItems();
        haiPhong.setList("don-vi-hanh-chinh");
        haiPhong.setParentCode("31");
        haiPhong.setSize(100);
        assertEquals(114, soap.getItems(haiPhong).getTotalItems());
        GetItem catHai = new GetItem();
        catHai.setList("don-vi-hanh-chinh");
        catHai.setCode("11914");
        Item item = soap.getItem(catHai).getItem();
        assertEquals("Đặc khu Cát Hải", item.getName());
        assertTrue(item.getAttribute().stream().anyMatch(a -> a.getName().equals("division_type")
                && a.getValue().equals("đặc khu")));
        GetItem unknown = new GetItem();
        unknown.setList("khong-co");
        unknown.setCode("1");
        CodeListFault_Exception fault = assertThrows(CodeListFault_Exception.class, () -> soap.getItem(unknown));
        assertEquals("code-list-not-found", fault.getFaultInfo().getCode());
    }

    @Test
    void repeatReadsAreCheapWithETagAndCacheControl() {
        HttpResponse<String> first = Http.get(UNITS + "/items?parent=31");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        HttpResponse<String> again = send(Http.as(Tokens.SYSTEM, UNITS + "/items?parent=31").header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        HttpResponse<String> other = send(Http.as(Tokens.SYSTEM, UNITS + "/items?parent=01").header("If-None-Match", etag));
        assertEquals(200, other.statusCode(), "another query, another ETag");
    }

    @Test
    void theWholeListDownloadsAsCsv() {
        HttpResponse<String> csv = send(Http.as(Tokens.SYSTEM, UNITS + "/items?parent=31").setHeader("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFcode,name,parent_code"), lines[0]);
        assertEquals(1 + 114, lines.length);
    }

    /** JSON unless the client prefers CSV, by q-value or by naming it first; a generated client's Accept gets JSON. */
    @Test
    void csvOnlyWhenPreferred() {
        for (String accept : List.of("application/json, text/csv, application/problem+json", "*/*",
                "text/csv;q=0.5, application/json")) {
            HttpResponse<String> answer = send(Http.as(Tokens.SYSTEM, UNITS + "/items?parent=31").setHeader("Accept", accept));
            assertEquals(200, answer.statusCode(), accept + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"), accept);
            assertEquals(114, json(answer).get("totalItems").asInt(), accept);
        }
        for (String accept : List.of("text/csv", "text/csv, application/json", "application/json;q=0.9, text/csv",
                "text/*, application/json;q=0.5")) {
            HttpResponse<String> answer = send(Http.as(Tokens.SYSTEM, UNITS + "/items?parent=31").setHeader("Accept", accept));
            assertEquals(200, answer.statusCode(), accept + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"), accept);
        }
    }

    @Test
    void importPublishAndSyncAReformStyleMerger() {
        HttpResponse<String> defined = admin("POST", "/admin/v1/code-lists", "application/json", """
                {"code":"xa-thu-nghiem","nameVi":"Danh mục xã thử nghiệm","nameEn":"Test communes",
                 "ownerAgencyCode":"H24.02","legalBasisNumber":"1/QĐ-TEST","legalBasisDate":"2025-06-01",
                 "attributes":[{"name":"population","type":"integer","required":false}]}""");
        assertEquals(201, defined.statusCode(), defined.body());
        String v1 = "code,name,parent_code,population\nP,Tỉnh Thử,,\nA,Xã An,P,1200\nB,Xã Bình,P,800\nC,Xã Cường,P,950\n";
        assertEquals(1, json(expect(200, admin("PUT", "/admin/v1/code-lists/xa-thu-nghiem/draft?effectiveFrom=2025-01-01",
                "text/csv", v1))).get("number").asInt());
        expect(200, admin("POST", "/admin/v1/code-lists/xa-thu-nghiem/versions/1/publish", "application/json", ""));
        // Three communes merged into one, the province renamed.
        String v2 = "code,name,parent_code,valid_from,valid_to,replaced_by,population\n"
                + "P,Thành phố Thử,,,,,\n"
                + "A,Xã An,P,,2025-06-30,D,1200\nB,Xã Bình,P,,2025-06-30,D,800\nC,Xã Cường,P,,2025-06-30,D,950\n"
                + "D,Xã Hợp Nhất,P,2025-07-01,,,2950\n";
        expect(200, admin("PUT", "/admin/v1/code-lists/xa-thu-nghiem/draft?effectiveFrom=2025-07-01", "text/csv", v2));
        // Nothing changes for readers until it is published.
        assertEquals(404, Http.get("/api/v1/code-lists/xa-thu-nghiem/items/D").statusCode());
        expect(200, admin("POST", "/admin/v1/code-lists/xa-thu-nghiem/versions/2/publish", "application/json", ""));
        AgencyRestIT.assertProblem(admin("POST", "/admin/v1/code-lists/xa-thu-nghiem/versions/1/publish",
                "application/json", ""), 409, "code-list-version-published");

        JsonNode a = json(Http.get("/api/v1/code-lists/xa-thu-nghiem/items/A"));
        assertTrue(a.get("retired").asBoolean());
        assertEquals("D", a.get("replacedBy").get(0).asText());
        JsonNode changes = json(Http.get("/api/v1/code-lists/xa-thu-nghiem/changes?from=1&to=2"));
        assertEquals(List.of("D"), codes(changes.get("added")));
        assertEquals(List.of("A", "B", "C"), codes(changes.get("replaced")));
        assertEquals("Thành phố Thử", changes.get("renamed").get(0).get("newName").asText());
        assertEquals(0, changes.get("removed").size());
        assertEquals("Xã Cường", json(Http.get("/api/v1/code-lists/xa-thu-nghiem/items/C?version=1")).get("name").asText());
    }

    /**
     * Repeated reads are answered from kept answers at the edge; a publish on this node drops them at once,
     * one on another node (simulated: another database session) as soon as its notification arrives — and
     * not before, which shows the answers really are kept. Kept answers never skip authentication.
     */
    @Test
    void keptAnswersFollowAPublishOnAnyNodeAndStillNeedAToken() throws Exception {
        expect(201, admin("POST", "/admin/v1/code-lists", "application/json", """
                {"code":"giu-lai-thu","nameVi":"Danh mục thử giữ câu trả lời","nameEn":"Kept answers test",
                 "ownerAgencyCode":"H24.02","legalBasisNumber":"2/QĐ-TEST","legalBasisDate":"2025-06-01"}"""));
        expect(200, admin("PUT", "/admin/v1/code-lists/giu-lai-thu/draft?effectiveFrom=2025-01-01", "text/csv",
                "code,name\nX,Một\n"));
        expect(200, admin("POST", "/admin/v1/code-lists/giu-lai-thu/versions/1/publish", "application/json", ""));
        String item = "/api/v1/code-lists/giu-lai-thu/items/X";
        HttpResponse<String> first = expect(200, Http.get(item));
        assertEquals("Một", json(first).get("name").asText());
        HttpResponse<String> kept = expect(200, Http.get(item));
        assertEquals(first.body(), kept.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, kept.headers().firstValue("ETag").orElseThrow());
        assertEquals(first.headers().firstValue("Cache-Control"), kept.headers().firstValue("Cache-Control"));
        assertEquals(304, send(Http.as(Tokens.SYSTEM, item).header("If-None-Match", etag)).statusCode());
        // A token the platform has not seen yet: verified on a worker thread, then given the same kept answer.
        HttpResponse<String> newcomer = expect(200, send(Http.request(item)
                .header("Authorization", "Bearer " + Tokens.password(Tokens.AUDITOR, "demo-" + Tokens.AUDITOR))));
        assertEquals(first.body(), newcomer.body());
        assertEquals(etag, newcomer.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, send(Http.request(item).header("If-None-Match", etag)
                .header("Authorization", "Bearer " + Tokens.password(Tokens.AUDITOR, "demo-" + Tokens.AUDITOR)))
                .statusCode());
        assertEquals(401, send(Http.request(item)).statusCode(), "no token, even for a kept answer");
        assertEquals(401, send(Http.request(item).header("Authorization", "Bearer not.a.token")).statusCode());

        // Publish on this node: the very next read sees version 2.
        expect(200, admin("PUT", "/admin/v1/code-lists/giu-lai-thu/draft?effectiveFrom=2025-07-01", "text/csv",
                "code,name\nX,Hai\n"));
        assertEquals("Một", json(expect(200, Http.get(item))).get("name").asText(), "a draft changes nothing");
        expect(200, admin("POST", "/admin/v1/code-lists/giu-lai-thu/versions/2/publish", "application/json", ""));
        assertEquals("Hai", json(expect(200, Http.get(item))).get("name").asText());

        // "Another node" publishes version 3: invisible here until its notification arrives.
        expect(200, admin("PUT", "/admin/v1/code-lists/giu-lai-thu/draft?effectiveFrom=2025-08-01", "text/csv",
                "code,name\nX,Ba\n"));
        assertEquals("Hai", json(expect(200, Http.get(item))).get("name").asText());
        Database.execute("UPDATE code_list_version SET status = 'PUBLISHED', published_at = now(), published_by = 'other-node'"
                + " WHERE number = 3 AND list_id = (SELECT id FROM code_list WHERE code = 'giu-lai-thu')");
        assertEquals("Hai", json(expect(200, Http.get(item))).get("name").asText(), "kept until notified");
        Database.execute("SELECT pg_notify('lgsp_cache', 'codelist')");
        String name = null;
        for (int i = 0; i < 50 && !"Ba".equals(name); i++) {
            Thread.sleep(100);
            name = json(expect(200, Http.get(item))).get("name").asText();
        }
        assertEquals("Ba", name);
    }

    /** Every listing has one shape; a list's metadata has an ETag; an unknown query parameter is refused. */
    @Test
    void listsArePagedLikeEveryListingAndDescribedWithAnETag() {
        JsonNode lists = json(expect(200, Http.get("/api/v1/code-lists?size=1")));
        assertEquals(1, lists.get("items").size());
        assertEquals(0, lists.get("page").asInt());
        assertEquals(1, lists.get("size").asInt());
        assertTrue(lists.get("totalItems").asInt() >= 2, lists.toString());
        assertEquals(lists.get("totalItems").asInt(), lists.get("totalPages").asInt());
        JsonNode items = json(expect(200, Http.get(UNITS + "/items?parent=31&size=50")));
        assertEquals(3, items.get("totalPages").asInt(), "114 items, 50 a page");

        HttpResponse<String> described = expect(200, Http.get(UNITS));
        String etag = described.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, send(Http.as(Tokens.SYSTEM, UNITS).header("If-None-Match", etag)).statusCode());

        JsonNode unknown = AgencyRestIT.assertProblem(Http.get(UNITS + "/items?parnt=31"), 400, "invalid-parameter");
        assertTrue(unknown.get("detail").asText().contains("parnt"), unknown.toString());
        assertTrue(unknown.get("detail").asText().contains("version, parent, q, page, size"), unknown.toString());
    }

    /**
     * A draft is read (items, changes against the current version) and discarded before it is published; the
     * CSV export is in the import's columns, so an exported version imports again unchanged.
     */
    @Test
    void draftsAreReadAndDiscardedAndAnExportImportsUnchanged() {
        expect(201, admin("POST", "/admin/v1/code-lists", "application/json", """
                {"code":"nhap-thu","nameVi":"Danh mục thử bản nháp","nameEn":"Draft test","ownerAgencyCode":"H24.02",
                 "attributes":[{"name":"population","type":"integer","required":false},
                               {"name":"coastal","type":"boolean","required":false}]}"""));
        String draft = "/admin/v1/code-lists/nhap-thu/draft";
        AgencyRestIT.assertProblem(send(Http.as(Tokens.OPERATOR, draft)), 404, "code-list-version-not-found");
        String v1 = "code,name,parent_code,valid_from,valid_to,replaced_by,population,coastal\n"
                + "P,\"Tỉnh Thử, mới\",,,,,,true\nA,Xã An,P,2025-01-01,,,1200,false\nB,Xã Bình,P,,2025-06-30,A,800,\n";
        expect(200, admin("PUT", draft + "?effectiveFrom=2025-01-01", "text/csv", v1));
        assertEquals("DRAFT", json(expect(200, send(Http.as(Tokens.OPERATOR, draft)))).get("status").asText());
        JsonNode items = json(expect(200, send(Http.as(Tokens.OPERATOR, draft + "/items?parent=P"))));
        assertEquals(2, items.get("totalItems").asInt());
        assertEquals(1200, items.get("items").get(0).get("attributes").get("population").asInt());
        JsonNode changes = json(expect(200, send(Http.as(Tokens.OPERATOR, draft + "/changes"))));
        assertEquals(0, changes.get("from").asInt(), "nothing published yet");
        assertEquals(List.of("A", "B", "P"), codes(changes.get("added")));
        assertEquals(403, send(Http.as(Tokens.SYSTEM, draft + "/items")).statusCode());

        expect(204, send(Http.as(Tokens.OPERATOR, draft).DELETE()));
        assertEquals(404, send(Http.as(Tokens.OPERATOR, draft)).statusCode(), "discarded");
        assertFalse(json(Http.get("/api/v1/code-lists/nhap-thu")).get("versions").elements().hasNext());

        expect(200, admin("PUT", draft + "?effectiveFrom=2025-01-01", "text/csv", v1));
        expect(200, admin("POST", "/admin/v1/code-lists/nhap-thu/versions/1/publish", "application/json", ""));
        String exported = expect(200, send(Http.as(Tokens.SYSTEM, "/api/v1/code-lists/nhap-thu/items")
                .setHeader("Accept", "text/csv"))).body();
        assertTrue(exported.startsWith("\uFEFFcode,name,parent_code,valid_from,valid_to,replaced_by,population,coastal\r\n"),
                exported);
        expect(200, admin("PUT", draft + "?effectiveFrom=2025-07-01", "text/csv", exported));
        JsonNode unchanged = json(expect(200, send(Http.as(Tokens.OPERATOR, draft + "/changes"))));
        assertEquals(1, unchanged.get("from").asInt());
        for (String kind : List.of("added", "removed", "renamed", "replaced")) {
            assertEquals(0, unchanged.get(kind).size(), kind + ": " + unchanged);
        }
        String again = expect(200, send(Http.as(Tokens.OPERATOR, draft + "/items").setHeader("Accept", "text/csv"))).body();
        assertEquals(exported, again, "the re-imported draft exports byte for byte the same");
        JsonNode a = json(expect(200, send(Http.as(Tokens.OPERATOR, draft + "/items?q=an"))));
        assertEquals(json(Http.get("/api/v1/code-lists/nhap-thu/items/A")), a.get("items").get(0));

        // The audit, filtered by entity type, key prefix, actor and time: this list's import, discard, import,
        // publish and import, newest first.
        String audit = "/admin/v1/audit?entityType=code-list&entityKeyPrefix=" + q("nhap-thu/");
        JsonNode entries = json(expect(200, send(Http.as(Tokens.AUDITOR, audit))));
        assertEquals(List.of("IMPORT", "PUBLISH", "IMPORT", "DISCARD", "IMPORT"), texts(entries.get("items"), "action"));
        String actor = entries.get("items").get(0).get("actorName").asText();
        String since = java.time.Instant.now().minusSeconds(3600).toString();
        assertEquals(5, json(expect(200, send(Http.as(Tokens.AUDITOR, audit + "&actor=" + q(actor) + "&from=" + since))))
                .get("totalItems").asInt());
        assertEquals(0, json(expect(200, send(Http.as(Tokens.AUDITOR, audit + "&to=" + since)))).get("totalItems").asInt());
        assertEquals(0, json(expect(200, send(Http.as(Tokens.AUDITOR, audit + "&actor=nobody")))).get("totalItems").asInt());
        JsonNode type = AgencyRestIT.assertProblem(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=codelist")),
                400, "invalid-parameter");
        assertTrue(type.get("detail").asText().contains("code-list, connection-request"), type.toString());
        AgencyRestIT.assertProblem(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?from=yesterday")), 400,
                "invalid-parameter");
        AgencyRestIT.assertProblem(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?form=" + since)), 400,
                "invalid-parameter");
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.get(field).asText()));
        return texts;
    }

    @Test
    void badImportsAreRefusedWithLineNumbersAndStoreNothing() {
        expect(201, admin("POST", "/admin/v1/code-lists", "application/json", """
                {"code":"thu-loi","nameVi":"Danh mục lỗi","ownerAgencyCode":"H24.02"}"""));
        long items = Database.queryLong(Database.NAME, "SELECT count(*) FROM code_list_item");
        JsonNode problem = AgencyRestIT.assertProblem(admin("PUT", "/admin/v1/code-lists/thu-loi/draft?effectiveFrom=2026-01-01",
                "text/csv", "code,name,parent_code\nX,Một,\nX,Hai,\nY,Ba,Z\nW,,X\nV,Thiếu\n"), 400, "validation-failed");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("line 3: code", "line 4: parent_code", "line 5: name", "line 6: columns"), fields);
        byte[] latin1 = "code,name\nX,H\u1ea3i\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        HttpResponse<String> encoding = send(Http.as(Tokens.OPERATOR, "/admin/v1/code-lists/thu-loi/draft?effectiveFrom=2026-01-01")
                .header("Content-Type", "text/csv").PUT(BodyPublishers.ofByteArray(latin1)));
        AgencyRestIT.assertProblem(encoding, 400, "validation-failed");
        AgencyRestIT.assertProblem(admin("PUT", "/admin/v1/code-lists/thu-loi/draft?effectiveFrom=2026-01-01",
                "application/json", "[{\"code\":\"A\",\"name\":\"Một\",\"parentCode\":\"B\"},{\"code\":\"B\",\"name\":\"Hai\","
                        + "\"parentCode\":\"A\"}]"), 400, "validation-failed");
        assertEquals(items, Database.queryLong(Database.NAME, "SELECT count(*) FROM code_list_item"));
        assertFalse(json(Http.get("/api/v1/code-lists/thu-loi")).get("versions").elements().hasNext());
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    private static HttpResponse<String> admin(String method, String path, String contentType, String body) {
        return send(Http.as(Tokens.OPERATOR, path).header("Content-Type", contentType)
                .method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }
}
