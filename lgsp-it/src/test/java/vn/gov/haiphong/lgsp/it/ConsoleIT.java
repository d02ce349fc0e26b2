package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser (Debian's chromium) against the real WildFly and Keycloak: each role signs in
 * through the realm's login form; the procedures are done on screen as an officer would — a connection request
 * filed, checked, approved and its secret handed over once; a code-list import with an error on its line, then
 * fixed and published; an access request filed, consented to by the provider and approved by the authority — and what a role may not do is
 * neither offered nor, when forced, done; reports generated, read and downloaded, the oversight view, a feedback
 * round answered once, an incident isolated and reported, a national peer's member granted a city service and a
 * service's protocol conversion declared and downloaded. Quality is measured in the same browser: WCAG 2.1 AA
 * with axe-core on the main screens, the status board on a phone with no sideways scrolling, and the first screen's
 * time and the code's bytes printed (docs/performance.md). Each screen is kept as a screenshot
 * (target/console-screenshots).
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void eachRoleSignsInSeesItsOwnMenuAndSignsOut() {
        Map<String, String> roleNames = Map.of(Tokens.OPERATOR, "Đơn vị vận hành", Tokens.AUTHORITY, "Cơ quan phê duyệt",
                Tokens.AUDITOR, "Thanh tra", Tokens.ADMIN_A, "Quản trị cơ quan H24.10");
        for (var role : roleNames.entrySet()) {
            try (Browser browser = new Browser().signIn(role.getKey())) {
                assertTrue(browser.waitFor(By.id("who")).getText().contains(role.getValue()), role.getKey());
                browser.waitFor(By.cssSelector(".cards li"));
                browser.waitForText(By.cssSelector("main h1"), "Việc chờ xử lý");
                assertFalse(browser.driver.getCurrentUrl().contains("code="), "the code leaves the address bar");
                browser.screenshot("home-" + role.getKey());
                boolean agencyAdmin = role.getKey().equals(Tokens.ADMIN_A);
                assertEquals(agencyAdmin, !browser.all(By.cssSelector("nav.menu a[href='#/agencies/H24.10']")).isEmpty());
                assertEquals(!agencyAdmin, !browser.all(By.cssSelector("nav.menu a[href='#/security-levels']")).isEmpty());
            }
        }
        try (Browser browser = new Browser().signIn(Tokens.OPERATOR)) {
            browser.driver.findElement(By.id("language")).click();
            browser.waitForText(By.cssSelector("main h1"), "Awaiting me");
            browser.waitForText(By.id("who"), "Operator");
            browser.driver.findElement(By.id("sign-out")).click();
            browser.waitFor(By.id("username"));
            browser.driver.get(Http.BASE + "/console/");
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void aConnectionRequestIsFiledCheckedApprovedAndItsSecretHandedOverOnce() throws Exception {
        String system = "H24.10/ho-so-suc-khoe";
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            admin.open("#/systems").waitFor(By.cssSelector(".toolbar button.primary")).click();
            // The API's field errors stand next to their fields.
            admin.fill("create-form", "systemCode", "sai mã!").submit("create-form");
            assertFalse(admin.fieldError("create-form", "systemCode").isBlank());
            assertFalse(admin.fieldError("create-form", "name").isBlank());
            admin.screenshot("system-form-errors");
            admin.fill("create-form", "systemCode", "ho-so-suc-khoe").fill("create-form", "name", "Hồ sơ sức khoẻ điện tử")
                    .fill("create-form", "purpose", "Chia sẻ hồ sơ sức khoẻ")
                    .fill("create-form", "contactEmail", "cntt@soyte.haiphong.gov.vn").submit("create-form");
            WebElement row = admin.row(system);
            row.findElement(By.cssSelector("button.action-declare")).click();
            admin.fill("action-form", "level", "3").fill("action-form", "decisionNumber", "126/QĐ-SYT")
                    .fill("action-form", "decisionDate", "2026-06-01").fill("action-form", "approver", "Giám đốc Sở Y tế")
                    .submit("action-form");
            admin.waitForText(By.xpath("//tr[td[contains(., '" + system + "')]]"), "Chờ thẩm định");
        }
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open("#/security-levels").row(system).findElement(By.cssSelector("button.action-approve")).click();
            authority.waitFor(By.cssSelector(".notice"));
        }
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            admin.open("#/systems").row(system).findElement(By.cssSelector("button.action-connect")).click();
            admin.fill("action-form", "purpose", "Khai thác dữ liệu dân cư").fill("action-form", "contactName", "Nguyễn Văn A")
                    .fill("action-form", "contactEmail", "a@soyte.haiphong.gov.vn").fill("action-form", "expectedVolume", "3000")
                    .submit("action-form");
            admin.waitFor(By.cssSelector(".notice"));
            admin.open("#/connection-requests");
            assertTrue(admin.row(system).getText().contains("Đã nộp"));
            admin.screenshot("connection-requests-agency-admin");
        }
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/connection-requests").row(system).findElement(By.cssSelector("button.action-check")).click();
            operator.fill("action-form", "note", "Hồ sơ đủ").submit("action-form");
            operator.waitFor(By.cssSelector(".notice"));
        }
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            WebElement row = authority.open("#/connection-requests").row(system);
            authority.screenshot("connection-requests-authority");
            row.findElement(By.cssSelector("button.action-approve")).click();
            String secret = authority.waitFor(By.id("client-secret")).getAttribute("value");
            assertEquals(system, authority.driver.findElement(By.id("client-id")).getAttribute("value"));
            assertTrue(authority.driver.findElement(By.cssSelector(".handover .warning")).getText()
                    .contains("sẽ không được hiển thị lại"));
            assertFalse(authority.driver.getCurrentUrl().contains(secret), "never in the address");
            authority.screenshot("secret-handover");
            assertFalse(Tokens.clientCredentials(Tokens.REALM, system, secret).isBlank(), "the handed-over secret works");
            authority.open("#/connection-requests").open("#/handover");
            authority.waitForText(By.cssSelector(".handover .notice"), "chỉ hiển thị một lần");
            assertTrue(authority.all(By.id("client-secret")).isEmpty(), "shown once");
        }
    }

    @Test
    void aCodeListImportShowsItsErrorByLineThenIsFixedAndPublished() throws Exception {
        expect(201, post(Tokens.OPERATOR, "/admin/v1/code-lists", """
                {"code":"console-thu","nameVi":"Danh mục thử bảng điều khiển","nameEn":"Console test list",
                 "ownerAgencyCode":"H24.02","legalBasisNumber":"3/QĐ-TEST","legalBasisDate":"2025-06-01"}"""));
        expect(200, Http.send(Http.as(Tokens.OPERATOR, "/admin/v1/code-lists/console-thu/draft?effectiveFrom=2025-01-01")
                .header("Content-Type", "text/csv").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "code,name,parent_code\nP,Tỉnh Thử,\nA,Xã An,P\n"))));
        expect(200, post(Tokens.OPERATOR, "/admin/v1/code-lists/console-thu/versions/1/publish", ""));
        Path wrong = csv("code,name,parent_code\nP,Tỉnh Thử,\nA,Xã An,P\nB,Xã Bình,Q\n");
        Path right = csv("code,name,parent_code\nP,Tỉnh Thử,\nA,Xã An,P\nB,Xã Bình,P\n");
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/code-lists/console-thu").waitFor(By.id("import-link")).click();
            operator.waitFor(By.id("import-file")).sendKeys(wrong.toString());
            operator.fill("import-form", "effectiveFrom", "2026-07-01").submit("import-form");
            // The unknown parent of the third item, on line 4 of the file (the header is line 1).
            WebElement line = operator.waitFor(By.cssSelector("#import-errors tr[data-line='4']"));
            assertTrue(line.getText().contains("parent"), line.getText());
            operator.screenshot("code-list-import-errors");
            assertEquals(1, json(Http.get("/api/v1/code-lists/console-thu")).get("versions").size(), "nothing stored");

            operator.driver.findElement(By.id("import-file")).sendKeys(right.toString());
            operator.submit("import-form");
            operator.waitForText(By.cssSelector("#draft h2"), "Bản nháp phiên bản 2");
            // The draft previewed, with what it adds to the published version.
            assertTrue(operator.waitFor(By.cssSelector("#draft-diff tr[data-change='added']")).getText().contains("Xã Bình"));
            assertEquals(3, operator.all(By.cssSelector("#draft-preview tbody tr")).size());
            assertTrue(operator.all(By.id("import-errors")).isEmpty());
            operator.screenshot("code-list-draft-preview");
            // Discarded, the draft is gone from the API too; imported again, it is version 2 again.
            operator.driver.findElement(By.id("discard-draft")).click();
            int draftStatus = 200;
            for (int i = 0; i < 50 && (draftStatus != 404 || !operator.all(By.id("draft")).isEmpty()); i++) {
                Thread.sleep(200);
                draftStatus = send(Http.as(Tokens.OPERATOR, "/admin/v1/code-lists/console-thu/draft")).statusCode();
            }
            assertEquals(404, draftStatus, "discarded in the API");
            assertTrue(operator.all(By.id("draft")).isEmpty(), "the preview closes");
            operator.driver.findElement(By.id("import-file")).sendKeys(right.toString());
            operator.submit("import-form");
            operator.waitForText(By.cssSelector("#draft h2"), "Bản nháp phiên bản 2");
            operator.driver.findElement(By.id("publish-draft")).click();
            operator.waitForText(By.id("published"), "Đã công bố phiên bản 2");
        }
        assertEquals(2, json(Http.get("/api/v1/code-lists/console-thu")).get("currentVersion").asInt());
    }

    @Test
    void anAccessRequestIsFiledByTheConsumerConsentedToByTheProviderAndApprovedByTheAuthority() {
        String service = AccessRequestIT.publishedSoapService("console-trich-luc", "capTrichLuc");
        try (Browser consumer = new Browser().signIn(Tokens.ADMIN_A)) {
            consumer.open("#/access-requests").waitFor(By.cssSelector(".toolbar button.primary")).click();
            consumer.fill("create-form", "consumer", "H24.10/his").fill("create-form", "service", service)
                    .submit("create-form");
            assertFalse(consumer.fieldError("create-form", "purpose").isBlank());
            consumer.fill("create-form", "purpose", "Xác minh nhân thân người bệnh")
                    .fill("create-form", "legalBasis", "Nghị định 47/2020/NĐ-CP")
                    .fill("create-form", "dataFields", "họ tên\nngày sinh")
                    .fill("create-form", "frequency", "khoảng 2.000 lượt/ngày").submit("create-form");
            assertTrue(consumer.row(service).getText().contains("Đã nộp"));
            assertTrue(consumer.row(service).findElements(By.cssSelector("button.action-approve")).isEmpty(),
                    "the consumer does not answer its own request");
        }
        // The provider consents (Quy chế Đ.13.2) — it is not offered the decision — and the authority decides.
        try (Browser provider = new Browser().signIn(Tokens.ADMIN_B)) {
            WebElement row = provider.open("#/access-requests").row(service);
            assertTrue(row.findElements(By.cssSelector("button.action-approve")).isEmpty(),
                    "approving is the authority's, not the provider's");
            row.findElement(By.cssSelector("button.action-consent")).click();
            provider.fill("action-form", "note", "Đồng ý cung cấp").submit("action-form");
            provider.waitForText(By.xpath("//tr[td[contains(., '" + service + "')]]"), "đã đồng ý");
            provider.screenshot("access-requests-provider");
        }
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open("#/access-requests").row(service).findElement(By.cssSelector("button.action-approve")).click();
            authority.fill("action-form", "note", "Cấp quyền").submit("action-form");
            authority.waitForText(By.xpath("//tr[td[contains(., '" + service + "')]]"), "Đã phê duyệt");
        }
        JsonNode requests = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/access-requests?status=APPROVED&size=100")));
        assertTrue(requests.get("items").findValuesAsText("service").contains(service), requests.toString());
    }

    @Test
    void whatARoleMayNotDoIsNotOfferedAndRefusedWhenForced() throws Exception {
        try (Browser auditor = new Browser().signIn(Tokens.AUDITOR)) {
            auditor.open("#/systems");
            auditor.row("H24.10/his");
            assertTrue(auditor.all(By.cssSelector("td.actions button")).isEmpty(), "the auditor only reads");
            assertTrue(auditor.all(By.cssSelector(".toolbar button.primary")).isEmpty());
            auditor.screenshot("systems-auditor");
            auditor.open("#/code-lists/dan-toc").waitFor(By.cssSelector("table.list"));
            assertTrue(auditor.all(By.id("import-link")).isEmpty());
        }
        String refusal = json(Http.send(Http.as(Tokens.ADMIN_A, "/admin/v1/code-lists/dan-toc/draft?effectiveFrom=2026-07-01")
                .header("Content-Type", "text/csv").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("code,name\n"))))
                .get("detail").asText();
        int versions = json(Http.get("/api/v1/code-lists/dan-toc")).get("versions").size();
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            admin.open("#/code-lists/dan-toc").waitFor(By.cssSelector("table.list"));
            assertTrue(admin.all(By.id("import-link")).isEmpty(), "not offered");
            admin.open("#/code-lists/dan-toc/import");
            admin.waitFor(By.id("import-file")).sendKeys(csv("code,name\nX,Thử\n").toString());
            admin.fill("import-form", "effectiveFrom", "2026-07-01").submit("import-form");
            assertEquals(refusal, admin.waitFor(By.cssSelector(".problem .problem-detail")).getText(), "the API's words");
            admin.screenshot("forced-import-refused");
        }
        assertEquals(versions, json(Http.get("/api/v1/code-lists/dan-toc")).get("versions").size(), "nothing changed");
    }

    @Test
    void everyReadingScreenOpensWithoutAProblem() {
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/agencies");
            operator.waitFor(By.id("filter-q")).sendKeys("so y te");
            operator.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
            operator.row("H24.10");
            operator.screenshot("agencies-search");
            operator.fill("resolve-form", "code", "H24.10").submit("resolve-form");
            operator.waitForText(By.id("resolution"), "H24.10");
            operator.open("#/services/H24.06/dat-dai/tra-cuu-thua-dat/v1");
            operator.waitForText(By.cssSelector("pre.contract"), "openapi");
            operator.screenshot("service-contract");
            for (String screen : List.of("agencies/H24.10", "services", "code-lists", "code-lists/dan-toc", "systems",
                    "connection-requests", "security-levels", "access-requests", "org-changes", "exchanges", "audit",
                    "maintenance", "status", "alerts", "incidents", "notifications")) {
                operator.open("#/" + screen);
                operator.waitFor(By.cssSelector("main h1"));
                assertTrue(operator.all(By.cssSelector("main .problem")).isEmpty(),
                        screen + ": " + operator.driver.findElement(By.tagName("main")).getText());
                operator.screenshot("screen-" + screen.replace('/', '-'));
            }
            operator.open("#/exchanges").waitFor(By.id("verify-chain")).click();
            operator.waitForText(By.id("verification"), "Toàn vẹn");
            operator.open("#/org-changes").waitFor(By.cssSelector("main h1"));
            assertTrue(operator.all(By.cssSelector(".toolbar button.primary")).isEmpty(),
                    "the operator checks org changes; filing one is the agency's (Quy chế Đ.8.3)");
        }
        // The org-change builder, the agency admin's: the codes a merge retires, and the registry's next free code.
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            admin.open("#/org-changes").waitFor(By.cssSelector(".toolbar button.primary")).click();
            admin.waitFor(By.id("org-predecessors")).sendKeys("H24.10.01 H24.10.02");
            assertTrue(admin.waitFor(By.id("org-retires")).getText().contains("H24.10.01, H24.10.02"));
            admin.waitFor(By.id("org-parent")).clear();
            admin.driver.findElement(By.id("org-parent")).sendKeys("H24.10");
            admin.driver.findElement(By.id("org-suggest")).click();
            assertTrue(admin.waitFor(By.id("org-suggestion")).getText().matches("H24\\.10\\.\\d{2,3}"));
            admin.screenshot("org-change-builder");
        }
    }

    @Test
    void reportsAreGeneratedReadAndDownloadedAndTheOversightViewLinksWhatNeedsAttention() throws Exception {
        String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString().substring(0, 7);
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open("#/reports").waitFor(By.cssSelector(".toolbar button.primary")).click();
            authority.fill("create-form", "kind", "MONTHLY").fill("create-form", "month", month).submit("create-form");
            // Generated, the report opens with its figures.
            authority.waitFor(By.id("report-registry"));
            assertTrue(authority.driver.getCurrentUrl().matches(".*#/reports/\\d+$"), authority.driver.getCurrentUrl());
            authority.waitForText(By.cssSelector("main h1"), "Báo cáo tháng");
            authority.screenshot("report");
            authority.driver.findElement(By.id("download-pdf")).click();
            Path pdf = authority.downloaded("lgsp-monthly-" + month);
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), pdf.toString());
            authority.driver.findElement(By.id("download-csv")).click();
            Path csv = authority.downloaded(pdf.getFileName().toString().replace(".pdf", ".csv"));
            assertTrue(Files.readString(csv).contains("section,subject,name,metric,value"), csv.toString());
            assertFalse(authority.driver.getCurrentUrl().contains("token"), "never a token in an address");
            authority.open("#/reports");
            assertTrue(authority.row(month.substring(5) + "/" + month.substring(0, 4)).getText().contains("Báo cáo tháng"));
            authority.screenshot("reports");

            JsonNode oversight = json(expect(200, send(Http.as(Tokens.AUTHORITY, "/admin/v1/oversight"))));
            authority.open("#/oversight").waitFor(By.id("oversight-overdueRequests"));
            List<WebElement> counts = authority.all(By.cssSelector(".cards .count"));
            assertEquals(6, counts.size());
            assertEquals(oversight.get("overdueRequests").size(), Integer.parseInt(counts.get(0).getText()));
            assertEquals(oversight.get("servicesWithoutContract").size(), Integer.parseInt(counts.get(3).getText()));
            for (WebElement link : authority.all(By.cssSelector("main table.list td:first-child a"))) {
                assertTrue(link.getAttribute("href").contains("#/"), link.getAttribute("href"));
            }
            authority.screenshot("oversight");
        }
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            assertTrue(admin.all(By.cssSelector("nav.menu a[href='#/reports']")).isEmpty(), "reports are not the agency's");
            admin.open("#/reports");
            assertFalse(admin.waitFor(By.cssSelector("main .problem .problem-detail")).getText().isBlank(), "refused in words");
        }
    }

    @Test
    void aFeedbackRoundIsOpenedByTheAuthorityAndAnsweredOnceByAnAgency() {
        String closes = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
        String round;
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open("#/feedback-rounds").waitFor(By.cssSelector(".toolbar button.primary")).click();
            authority.fill("create-form", "year", "2025").fill("create-form", "title", "Lấy ý kiến về LGSP năm 2025")
                    .fill("create-form", "closesOn", closes)
                    .fill("create-form", "questions", "hai-long | Mức độ hài lòng với nền tảng | RATING\n"
                            + "y-kien | Ý kiến khác | TEXT").submit("create-form");
            authority.waitFor(By.id("feedback-results"));
            round = authority.driver.getCurrentUrl().replaceAll(".*#/feedback-rounds/", "");
        }
        try (Browser admin = new Browser().signIn(Tokens.ADMIN_A)) {
            admin.open("#/feedback-rounds");
            admin.row("Lấy ý kiến về LGSP năm 2025");
            admin.open("#/feedback-rounds/" + round);
            admin.fill("feedback-form", "hai-long", "4").fill("feedback-form", "y-kien", "Cần thêm tài liệu hướng dẫn")
                    .submit("feedback-form");
            admin.waitFor(By.id("feedback-sent"));
            admin.screenshot("feedback-answered");
            admin.open("#/feedback-rounds").open("#/feedback-rounds/" + round);
            admin.waitFor(By.id("feedback-done"));
            assertTrue(admin.all(By.id("feedback-form")).isEmpty(), "an agency answers once");
        }
        JsonNode results = json(expect(200, send(Http.as(Tokens.AUTHORITY, "/admin/v1/feedback-rounds/" + round + "/results"))));
        assertEquals(1, results.get("agenciesAnswered").asInt());
        assertEquals(1, results.get("questions").get(0).get("ratings").get("4").asInt(), results.toString());
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open("#/feedback-rounds/" + round);
            assertTrue(authority.waitFor(By.id("feedback-results")).getText().contains("Cần thêm tài liệu hướng dẫn"));
            authority.screenshot("feedback-results");
        }
    }

    @Test
    void anIncidentIsIsolatedGivenAnEtaAndItsReportDownloaded() throws Exception {
        String service = AccessRequestIT.publishedSoapService("console-su-co", "traCuu");
        long id = json(expect(201, post(Tokens.OPERATOR, "/admin/v1/incidents", """
                {"title":"Dịch vụ tra cứu chậm","noticeVi":"Dịch vụ đang được khắc phục","severity":"MEDIUM",
                 "category":"AVAILABILITY","services":["%s"]}""".formatted(service)))).get("id").asLong();
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/incidents/" + id).fill("isolate-form", "service", service).submit("isolate-form");
            WebElement isolation = operator.waitFor(By.cssSelector("#isolations tr[data-target='service " + service + "']"));
            assertEquals("ISOLATED", json(send(Http.as(Tokens.OPERATOR, "/admin/v1/incidents/" + id))).get("state").asText());
            isolation.findElement(By.cssSelector("button.action-lift")).click();
            operator.waitFor(By.cssSelector("#isolations tr[data-target='service " + service + "']"));
            for (int i = 0; i < 50 && !operator.all(By.cssSelector("#isolations button.action-lift")).isEmpty(); i++) {
                Thread.sleep(200);
            }
            assertTrue(operator.all(By.cssSelector("#isolations button.action-lift")).isEmpty(), "lifted");
            LocalDate fixDay = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2);
            operator.fill("eta-form", "expectedFixAt", fixDay + "T17:00").submit("eta-form");
            operator.waitForText(By.id("incident-eta"), fixDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + " 17:00");
            operator.fill("report-form", "cause", "Máy chủ cơ sở dữ liệu quá tải")
                    .fill("report-form", "impact", "Tra cứu chậm trong 20 phút")
                    .fill("report-form", "actions", "Tăng tài nguyên máy chủ").submit("report-form");
            operator.waitForText(By.id("incident-report"), "quá tải");
            operator.script("window.scrollTo(0, 0)");
            operator.screenshot("incident");
            operator.driver.findElement(By.id("incident-pdf")).click();
            Path pdf = operator.downloaded("su-co-" + id + ".pdf");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), pdf.toString());
        }
        JsonNode incident = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/incidents/" + id)));
        assertFalse(incident.get("isolations").get(0).get("liftedAt").isNull(), incident.toString());
        assertEquals("Tăng tài nguyên máy chủ", incident.get("report").get("actions").asText());
    }

    /**
     * The console's quality as a person notices it, measured in the browser: WCAG 2.1 AA (axe-core: no serious or
     * critical violation) on the main screens of each role; no sideways scrolling at 1366×768, nor of the status
     * board on a 390×844 phone; and, printed for docs/performance.md, the first screen's time (Navigation Timing and
     * the console's own mark) and the bytes of code sent (the server compresses them).
     */
    @Test
    void theConsoleMeetsWcagAaFitsAPhoneAndItsCostIsMeasured() throws Exception {
        List<String> violations = new ArrayList<>();
        Map<String, List<String>> screens = Map.of(
                Tokens.OPERATOR, List.of("#/", "#/systems", "#/connection-requests", "#/code-lists/dan-toc", "#/incidents",
                        "#/reports", "#/status", "#/exchanges", "#/maintenance", "#/alerts", "#/audit"),
                Tokens.AUTHORITY, List.of("#/", "#/security-levels", "#/oversight", "#/access-requests", "#/org-changes"),
                Tokens.ADMIN_A, List.of("#/", "#/agencies/H24.10", "#/services", "#/feedback-rounds"));
        for (var role : screens.entrySet()) {
            try (Browser browser = new Browser().signIn(role.getKey())) {
                for (String screen : role.getValue()) {
                    browser.open(screen).waitFor(By.cssSelector("main h1"));
                    browser.accessibilityViolations().forEach(v -> violations.add(role.getKey() + " " + screen + ": " + v));
                    long sideways = (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
                    assertTrue(sideways <= 0, role.getKey() + " " + screen + " scrolls sideways at 1366×768 by " + sideways + " px");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));

        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.waitFor(By.cssSelector(".cards li"));
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) operator.script("""
                    const n = performance.getEntriesByType('navigation')[0];
                    const mark = performance.getEntriesByName('lgsp-first-screen')[0];
                    const code = performance.getEntriesByType('resource')
                      .filter(r => r.name.includes('/console/') && /\\.(js|css)(\\?|$)/.test(r.name));
                    const sum = key => code.reduce((s, r) => s + r[key], 0);
                    return { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd,
                      load: n.loadEventEnd, firstScreen: mark ? mark.startTime : -1, files: code.length,
                      transfer: sum('transferSize'), encoded: sum('encodedBodySize'), decoded: sum('decodedBodySize'),
                      urls: code.map(r => r.name) };""");
            // Each file as the server sends it to a browser that accepts gzip.
            long gzipped = 0;
            HttpClient client = HttpClient.newHttpClient();
            for (Object url : (List<?>) timing.get("urls")) {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(java.net.URI.create((String) url))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""), url + " is sent compressed");
                gzipped += answer.body().length;
            }
            System.out.printf("CONSOLE-MEASURE first screen %.0f ms (response end %.0f ms, DOMContentLoaded %.0f ms, "
                    + "load %.0f ms); code: %s files, %d bytes gzip as sent (%.1f KiB), %s bytes uncompressed, "
                    + "%s bytes transferred by the browser%n", number(timing, "firstScreen"), number(timing, "responseEnd"),
                    number(timing, "domContentLoaded"), number(timing, "load"), timing.get("files"), gzipped, gzipped / 1024.0,
                    timing.get("decoded"), timing.get("transfer"));
            assertTrue(number(timing, "firstScreen") > 0, "the console marks its first screen");

            // The status board on a phone: nothing to scroll sideways.
            operator.viewport(new Dimension(390, 844));
            operator.open("#/status").waitFor(By.cssSelector("main h1"));
            assertEquals(390L, operator.script("return window.innerWidth"));
            long sideways = (Long) operator.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(sideways <= 0, "the status board scrolls sideways on a phone by " + sideways + " px");
            long menuHeight = (Long) operator.script("return Math.round(document.querySelector('main')"
                    + ".getBoundingClientRect().top - document.querySelector('header.top').getBoundingClientRect().bottom)");
            assertTrue(menuHeight < 80, "between the header and the board only the folded menu's button: " + menuHeight
                    + " px");
            operator.screenshot("status-phone");
            operator.driver.findElement(By.id("menu-toggle")).click();
            operator.driver.findElement(By.cssSelector("#menu-items a[href='#/incidents']")).click();
            operator.waitFor(By.cssSelector("main[data-route='#/incidents'] h1"));
            assertTrue(operator.all(By.cssSelector("#menu-items a")).stream().noneMatch(a -> a.isDisplayed()),
                    "choosing a screen folds the menu again");
            operator.viewport(null);
        }
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    @Test
    void anAccessRightIsGrantedByTheAuthorityAndRevokedByTheOperatorOnScreen() {
        String service = AccessRequestIT.publishedSoapService("console-quyen", "traCuu");
        String rights = "#/access-rights?service=" + service;
        try (Browser authority = new Browser().signIn(Tokens.AUTHORITY)) {
            authority.open(rights).waitFor(By.cssSelector(".toolbar button.primary")).click();
            authority.fill("create-form", "service", service).submit("create-form");
            assertFalse(authority.fieldError("create-form", "consumer").isBlank(), "a system or a group is required");
            authority.fill("create-form", "consumer", "H24.10/his")
                    .fill("create-form", "validUntil", LocalDateTime.now(VIETNAM).plusDays(90).withNano(0).toString().substring(0, 16))
                    .submit("create-form");
            authority.waitForText(By.xpath("//tr[td[contains(., '" + service + "')]]"), "Đang hiệu lực");
            authority.screenshot("access-rights-granted");
        }
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            WebElement row = operator.open(rights).row(service);
            // Rights without a request are the authority's on this server (lgsp.access.operator-decides=false).
            assertTrue(operator.all(By.cssSelector(".toolbar button.primary")).isEmpty(), "granting is not offered");
            row.findElement(By.cssSelector("button.action-revoke")).click();
            operator.fill("action-form", "reason", "Hết nhu cầu khai thác").submit("action-form");
            operator.waitForText(By.xpath("//tr[td[contains(., '" + service + "')]]"), "Đã thu hồi");
            assertTrue(operator.row(service).findElements(By.cssSelector("button.action-revoke")).isEmpty());
            operator.screenshot("access-rights-revoked");
        }
        JsonNode right = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/access-rights?service=" + service))).get("items").get(0);
        assertEquals("REVOKED", right.get("state").asText(), right.toString());
        assertEquals("Hết nhu cầu khai thác", right.get("revokeReason").asText(), right.toString());
        assertEquals("H24.10/his", right.get("consumer").asText(), right.toString());
    }

    @Test
    void theOperatorKeepsASystemGroupOnScreen() {
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/system-groups").waitFor(By.cssSelector(".toolbar button.primary")).click();
            operator.fill("create-form", "code", "console-nhom").fill("create-form", "name", "Nhóm thử bảng điều khiển")
                    .submit("create-form");
            operator.row("console-nhom").findElement(By.cssSelector("button.action-add-member")).click();
            operator.fill("action-form", "system", "H24.10/his").submit("action-form");
            operator.waitForText(By.xpath("//tr[td[contains(., 'console-nhom')]]"), "H24.10/his");
            operator.screenshot("system-groups");
            assertEquals("H24.10/his", json(send(Http.as(Tokens.AUDITOR, "/admin/v1/system-groups/console-nhom")))
                    .get("members").get(0).asText());
            operator.row("console-nhom").findElement(By.cssSelector("button.action-remove-member")).click();
            operator.fill("action-form", "system", "H24.10/his").submit("action-form");
            ClusterFailoverIT.await("the member removed on screen", Duration.ofSeconds(30),
                    () -> !operator.row("console-nhom").getText().contains("H24.10/his"));
        }
        assertEquals(0, json(send(Http.as(Tokens.AUDITOR, "/admin/v1/system-groups/console-nhom"))).get("members").size());
    }

    @Test
    void theOperatorTakesABackupAndSeesItComplete() {
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/backups").waitFor(By.cssSelector(".toolbar button.primary")).click();
            operator.fill("create-form", "purpose", "Sao lưu thử từ bảng điều khiển").submit("create-form");
            operator.waitFor(By.id("backup-state"));
            String hash = operator.driver.findElement(By.tagName("main")).getAttribute("data-route");
            assertTrue(hash.matches("#/backups/lgsp-\\d{8}T\\d{6}Z"), hash);
            ClusterFailoverIT.await("the backup done on screen", Duration.ofMinutes(3), () -> !operator.all(By.cssSelector(
                    "#backup-state")).get(0).getText().startsWith("Đang sao lưu"));
            assertEquals("Hoàn thành", operator.driver.findElement(By.id("backup-state")).getText());
            assertTrue(operator.all(By.id("backup-progress")).isEmpty(), "the progress goes once done");
            String files = operator.waitFor(By.id("backup-files")).getText();
            assertTrue(files.contains("database.dump") && files.contains("keycloak-realm.json"), files);
            assertTrue(operator.waitFor(By.id("backup-manifest")).getText().contains("rowCounts"));
            operator.screenshot("backup-done");
            String id = hash.substring("#/backups/".length());
            JsonNode backup = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/backups/" + id)));
            assertEquals("DONE", backup.get("state").asText(), backup.toString());
            assertTrue(files.contains(backup.get("files").get(0).get("sha256").asText()), "the checksums shown");
            // Downloaded with the token (never a link carrying it): what the browser is handed is the file itself.
            JavascriptExecutor page = (JavascriptExecutor) operator.driver;
            page.executeScript("window.savedFiles = []; const made = URL.createObjectURL;"
                    + "URL.createObjectURL = b => { b.text().then(t => window.savedFiles.push(t)); return made(b); };");
            operator.driver.findElement(By.id("download-sums")).click();
            ClusterFailoverIT.await("SHA256SUMS handed to the browser", Duration.ofSeconds(30),
                    () -> ((Number) page.executeScript("return window.savedFiles.length")).intValue() > 0);
            String sums = (String) page.executeScript("return window.savedFiles[0]");
            assertTrue(sums.contains(backup.get("files").get(0).get("sha256").asText()) && sums.contains("database.dump"), sums);
            operator.open("#/backups").row(id);
            operator.screenshot("backups");
        }
    }

    @Test
    void theOperatorConfiguresAPeerAndGrantsARightAndTheAuditorOnlyReads() {
        String peer = "#/peers/NDXP";
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/peers").waitFor(By.cssSelector(".toolbar button.primary")).click();
            operator.fill("create-form", "instance", "NDXP").fill("create-form", "baseUrl", FederationIT.SIM)
                    .fill("create-form", "memberClass", "GOV").fill("create-form", "memberCode", "H24")
                    .fill("create-form", "subsystemCode", "lgsp").fill("create-form", "tokenUrl", FederationIT.SIM + "/token")
                    .fill("create-form", "clientId", "GOV/H24/lgsp").fill("create-form", "secretProperty", "java.home")
                    .fill("create-form", "timeoutMs", "5000").submit("create-form");
            assertFalse(operator.fieldError("create-form", "secretProperty").isBlank(), "only lgsp.peer.… properties");
            operator.fill("create-form", "secretProperty", "lgsp.peer.ndxp.secret").submit("create-form");
            operator.waitForText(By.id("peer-secret"), "lgsp.peer.ndxp.secret · đã cấu hình");
            assertFalse(operator.driver.getPageSource().contains("demo-secret-national"), "the secret is never shown");
            operator.driver.findElement(By.id("refresh-catalog")).click();
            operator.row(FederationIT.CITIZEN_SERVICE).findElement(By.cssSelector("button.action-grant")).click();
            operator.fill("action-form", "system", "H24.10/his").submit("action-form");
            operator.waitForText(By.id("peer-rights"), "H24.10/his");
            top(operator).screenshot("peer-detail");
        }
        try (Browser auditor = new Browser().signIn(Tokens.AUDITOR)) {
            auditor.open("#/peers").row("NDXP");
            assertTrue(auditor.all(By.cssSelector("td.actions button, .toolbar button")).isEmpty(), "the auditor only reads");
            auditor.screenshot("peers-auditor");
            auditor.open(peer).waitForText(By.id("peer-rights"), "H24.10/his");
            auditor.row(FederationIT.CITIZEN_SERVICE);
            assertTrue(auditor.all(By.cssSelector("td.actions button, .toolbar button, #edit-peer, #refresh-catalog")).isEmpty());
            auditor.screenshot("peer-detail-auditor");
            auditor.open("#/access-rights").waitFor(By.cssSelector(".pager"));
            assertTrue(auditor.all(By.cssSelector("td.actions button, .toolbar button")).isEmpty());
            auditor.screenshot("access-rights-auditor");
            auditor.open("#/backups").waitFor(By.cssSelector("main h1"));
            assertTrue(auditor.all(By.cssSelector("td.actions button, .toolbar button")).isEmpty());
            auditor.open("#/maintenance-windows").waitFor(By.cssSelector("main h1"));
            assertTrue(auditor.all(By.cssSelector("main .problem")).isEmpty());
        }
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open(peer).waitForText(By.id("peer-rights"), "H24.10/his");
            operator.driver.findElement(By.cssSelector("#peer-rights button.action-revoke")).click();
            operator.submit("action-form");
            operator.waitForText(By.cssSelector("#peer-rights"), "Không có mục nào");
            assertEquals(0, json(send(Http.as(Tokens.AUDITOR, "/admin/v1/peers/NDXP/rights"))).get("totalItems").asInt());
        } finally {
            Http.call(Tokens.OPERATOR, "DELETE", "/admin/v1/peers/NDXP", "");
        }
    }

    /**
     * The national link and protocol conversion on screen, as the operator: a peer member's right to a city service
     * granted (a malformed member refused under its field first), listed and revoked on the peer's screen; the peer's
     * client certificate set in its form (the server's field errors under the new fields first), its key store and
     * whether its password is configured shown, never the password; REST_AS_SOAP declared on the land-parcel service,
     * its mapping shown and its generated WSDL downloaded, then set back to none. The auditor sees both and is offered
     * no action. Both screens pass axe-core as each role sees them.
     */
    @Test
    void theOperatorGrantsAPeerMemberARightAndConvertsAServiceAndTheAuditorOnlyReads() throws Exception {
        String peer = "#/peers/NDXP";
        String service = "H24.06/dat-dai/tra-cuu-thua-dat/v1";
        String land = "#/services/" + service;
        String conversion = "/admin/v1/services/" + service + "/conversion";
        String echo = "VN/GOV/H24.06/dat-dai/echo";
        String member = "NDXP/GOV/BCA/csdl-dan-cu";
        String mapping = "layThuaDat ↔ GET /thua-dat/{soTo}/{soThua}";
        String keystore = "/srv/lgsp/peer/ndxp-client.p12";
        List<String> violations = new ArrayList<>();
        expect(200, Http.call(Tokens.OPERATOR, "PUT", FederationIT.PEER,
                FederationIT.peerBody(FederationIT.SIM, "lgsp.peer.ndxp.secret", true)));
        try {
            try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
                operator.open(peer).waitFor(By.cssSelector("#peer-inbound-rights .toolbar button.primary")).click();
                operator.fill("create-form", "member", "GOV/BCA").fill("create-form", "service", echo)
                        .submit("create-form");
                assertFalse(operator.fieldError("create-form", "member").isBlank(), "class/code/subsystem of the peer's member");
                operator.fill("create-form", "member", "GOV/BCA/csdl-dan-cu").submit("create-form");
                WebElement right = operator.row(member);
                assertTrue(right.getText().contains(echo) && right.getText().contains("không thời hạn"),
                        right.getText());
                at(operator, By.id("peer-inbound-rights")).screenshot("peer-inbound-rights");

                operator.driver.findElement(By.id("edit-peer")).click();
                operator.fill("peer-form", "keystorePath", "ndxp/lgsp-client.p12").submit("peer-form");
                assertFalse(operator.fieldError("peer-form", "keystorePath").isBlank(), "an absolute path only");
                assertFalse(operator.fieldError("peer-form", "keystorePasswordProperty").isBlank(),
                        "a key store needs the property holding its password");
                operator.fill("peer-form", "keystorePath", keystore)
                        .fill("peer-form", "keystorePasswordProperty", PeerTlsIT.PASSWORD_PROPERTY).submit("peer-form");
                operator.waitForText(By.id("peer-keystore"), keystore);
                assertEquals(PeerTlsIT.PASSWORD_PROPERTY + " · đã cấu hình trên máy chủ",
                        operator.driver.findElement(By.id("peer-keystore-password")).getText());
                assertFalse(operator.driver.getPageSource().contains(PeerTlsIT.PASSWORD), "the password is never shown");
                violations.addAll(operator.accessibilityViolations());
                top(operator).screenshot("peer-tls");

                operator.open(land).waitFor(By.id("conversion-style"));
                assertEquals("Không chuyển đổi (chỉ giao thức gốc)", operator.driver.findElement(By.id("conversion-style")).getText());
                assertTrue(operator.all(By.id("download-converted")).isEmpty(), "no generated contract without a conversion");
                operator.driver.findElement(By.id("edit-conversion")).click();
                assertEquals(List.of("NONE", "REST_AS_SOAP"), operator.all(By.cssSelector("#conversion-form select[name='style'] option"))
                        .stream().map(o -> o.getAttribute("value")).toList(), "a REST service converts to SOAP only");
                operator.fill("conversion-form", "style", "REST_AS_SOAP").submit("conversion-form");
                operator.waitForText(By.id("conversion-mapping"), mapping);
                assertEquals("REST công bố thêm dạng SOAP", operator.driver.findElement(By.id("conversion-style")).getText());
                operator.driver.findElement(By.id("download-converted")).click();
                String wsdl = Files.readString(operator.downloaded("tra-cuu-thua-dat.wsdl"));
                assertTrue(wsdl.contains("definitions") && wsdl.contains("layThuaDat"), wsdl);
                violations.addAll(operator.accessibilityViolations());
                operator.screenshot("service-conversion");
            }
            JsonNode declared = json(expect(200, send(Http.as(Tokens.AUDITOR, conversion))));
            assertEquals("REST_AS_SOAP", declared.get("style").asText(), declared.toString());
            JsonNode configured = json(expect(200, send(Http.as(Tokens.AUDITOR, FederationIT.PEER))));
            assertEquals(keystore, configured.get("keystorePath").asText(), configured.toString());
            assertTrue(configured.get("keystorePasswordConfigured").asBoolean(), configured.toString());

            try (Browser auditor = new Browser().signIn(Tokens.AUDITOR)) {
                auditor.open(peer).waitForText(By.id("peer-inbound-rights"), member);
                assertTrue(auditor.all(By.cssSelector("td.actions button, .toolbar button, #edit-peer, #refresh-catalog")).isEmpty(),
                        "the auditor only reads");
                violations.addAll(auditor.accessibilityViolations());
                auditor.screenshot("peer-inbound-rights-auditor");
                auditor.open(land).waitForText(By.id("conversion-mapping"), mapping);
                // What is left are the contract's documents and the generated contract's download: reading only.
                assertTrue(auditor.all(By.cssSelector("main button:not([aria-pressed]):not(#download-converted)")).isEmpty(),
                        "no action on the service");
                violations.addAll(auditor.accessibilityViolations());
                auditor.screenshot("service-conversion-auditor");
            }

            try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
                operator.open(peer).row(member).findElement(By.cssSelector("button.action-revoke")).click();
                operator.submit("action-form");
                operator.waitForText(By.id("peer-inbound-rights"), "Không có mục nào");
                operator.open(land).waitFor(By.id("edit-conversion")).click();
                operator.fill("conversion-form", "style", "NONE").submit("conversion-form");
                operator.waitForText(By.id("conversion-style"), "Không chuyển đổi");
                assertTrue(operator.all(By.id("conversion-mapping")).isEmpty(), "no mapping without a conversion");
            }
            assertEquals(0, json(send(Http.as(Tokens.AUDITOR, FederationIT.PEER + "/inbound-rights"))).get("totalItems").asInt());
            assertEquals("NONE", json(send(Http.as(Tokens.AUDITOR, conversion))).get("style").asText());
            assertEquals(404, send(Http.as(Tokens.AUDITOR, "/api/v1/services/" + service
                    + "/converted-contract")).statusCode(), "no generated contract once set back to none");
            assertTrue(violations.isEmpty(), String.join("\n", violations));
        } finally {
            Http.call(Tokens.OPERATOR, "PUT", conversion, "{\"style\":\"NONE\"}");
            Http.call(Tokens.OPERATOR, "DELETE", FederationIT.PEER, "");
        }
    }

    @Test
    void theOperatorPlansAndCancelsASystemWideWindowOnScreen() {
        LocalDateTime night = LocalDateTime.now(VIETNAM).plusDays(30).withHour(22).withMinute(0).withSecond(0).withNano(0);
        try (Browser operator = new Browser().signIn(Tokens.OPERATOR)) {
            operator.open("#/maintenance-windows").waitFor(By.cssSelector(".toolbar button.primary")).click();
            operator.fill("create-form", "system", "H24.06/dat-dai")
                    .fill("create-form", "startsAt", LocalDateTime.now(VIETNAM).plusDays(1).withHour(22).withMinute(0).toString().substring(0, 16))
                    .fill("create-form", "endsAt", LocalDateTime.now(VIETNAM).plusDays(1).withHour(23).withMinute(0).toString().substring(0, 16))
                    .fill("create-form", "noticeVi", "Nâng cấp hệ thống đất đai").submit("create-form");
            // Under seven days' notice without an emergency: refused in words, nothing planned.
            assertFalse(operator.waitFor(By.cssSelector("#create-form .problem")).getText().isBlank());
            operator.fill("create-form", "startsAt", night.toString().substring(0, 16))
                    .fill("create-form", "endsAt", night.plusHours(1).toString().substring(0, 16)).submit("create-form");
            WebElement row = operator.row("H24.06/dat-dai");
            assertTrue(row.getText().contains("Nâng cấp hệ thống đất đai"), row.getText());
            top(operator).screenshot("maintenance-windows");
            row.findElement(By.cssSelector("button.action-cancel")).click();
            operator.submit("action-form");
            ClusterFailoverIT.await("the window cancelled on screen", Duration.ofSeconds(30),
                    () -> operator.all(By.xpath("//tr[td[contains(., 'Nâng cấp hệ thống đất đai')]]")).isEmpty());
        }
        assertFalse(Http.send(Http.as(Tokens.AUDITOR, "/admin/v1/maintenance-windows")).body().contains("Nâng cấp hệ thống đất đai"));
    }

    /** The screen scrolled to an element, for a screenshot that shows it. */
    private static Browser at(Browser browser, By by) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(by));
        return browser;
    }

    /** The screen from its top, for a screenshot that shows its heading. */
    private static Browser top(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        return browser;
    }

    private static Path csv(String text) throws Exception {
        Path file = Files.createTempFile("console-import", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
