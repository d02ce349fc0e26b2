package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.as;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.monitoring.control.Rollup;
import vn.gov.haiphong.lgsp.monitoring.control.StatKey;
import vn.gov.haiphong.lgsp.monitoring.control.StatisticsWriter;

/**
 * Reports, the oversight view and the feedback rounds, black box with real tokens. October 2026 is arranged with
 * known exchanges (summed into the rollup by the platform's own {@link Rollup} and {@link StatisticsWriter}, as the
 * exchange log's writer does), requests, incidents, a maintenance window and audited changes; the monthly report's
 * figures must equal the ones computed by hand below, and its PDF must read back with the agencies' Vietnamese names.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    static final String REPORTS = "/admin/v1/reports";
    static final String ROUNDS = "/admin/v1/feedback-rounds";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String HIS = "VN/GOV/H24.10/his";
    static final String MOT_CUA = "VN/GOV/H24.101/mot-cua";
    static final String PARCELS = "VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat";
    static final String CIVIL = "VN/GOV/H24.03/ho-tich/tra-cuu-ho-tich";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aKnownMonthGivesTheFiguresComputedByHand() throws Exception {
        arrangeOctober();
        long before = Database.count("report");
        JsonNode made = json(expect(201, post(Tokens.OPERATOR, REPORTS, "{\"kind\":\"MONTHLY\",\"month\":\"2026-10\"}")));
        assertEquals(before + 1, Database.count("report"));
        assertEquals("2026-10-01", made.get("from").asText());
        assertEquals("2026-10-31", made.get("to").asText(), "the last day, included");
        JsonNode f = json(expect(200, Http.send(as(Tokens.AUDITOR, REPORTS + "/" + made.get("id").asLong()))))
                .get("figures");

        // Exchanges: 40 (4 failed) to the parcels service, 25 + 10 (2 failed) to civil status; the 10 on the evening
        // of 30 September and the morning of 1 November in Vietnam are outside (UTC dates would take them in).
        JsonNode e = f.get("exchanges");
        assertEquals(75, e.get("total").asLong());
        assertEquals(6, e.get("failures").asLong());
        assertEquals(69, e.get("byOutcome").get("SUCCESS").asLong());
        assertEquals(3, e.get("byOutcome").get("Server.ServerProxy.ServiceFailed").asLong());
        assertEquals(3, e.get("byOutcome").get("Server.ServerProxy.ServiceTimeout").asLong());
        assertAgency(e.get("byProvider"), "H24.06", 40, 4);
        assertAgency(e.get("byProvider"), "H24.03", 35, 2);
        assertAgency(e.get("byConsumer"), "H24.10", 50, 6);
        assertAgency(e.get("byConsumer"), "H24.101", 25, 0);
        assertEquals(agencyName("H24.06"), find(e.get("byProvider"), "agencyCode", "H24.06").get("name").asText());

        JsonNode parcels = find(f.get("services"), "service", PARCELS);
        assertEquals(40, parcels.get("exchanges").asLong());
        assertEquals(90.0, parcels.get("successPercent").asDouble(), 1e-9);
        assertEquals(20.0, parcels.get("p50Ms").asDouble(), 0.2, "every parcels exchange took 20 ms");
        assertEquals(20.0, parcels.get("p99Ms").asDouble(), 0.2);
        JsonNode civil = find(f.get("services"), "service", CIVIL);
        assertEquals(35, civil.get("exchanges").asLong());
        assertEquals(50.0, civil.get("p95Ms").asDouble(), 0.5);

        // Incidents: two HIGH isolated after 30 and 10 minutes, resolved after 150 and 60; one LOW still open.
        JsonNode high = find(f.get("incidents"), "severity", "HIGH");
        assertEquals(2, high.get("count").asLong());
        assertEquals(2, high.get("isolated").asLong());
        assertEquals(2, high.get("resolved").asLong());
        assertEquals(20.0, high.get("medianMinutesToIsolate").asDouble(), 1e-6);
        assertEquals(30.0, high.get("maxMinutesToIsolate").asDouble(), 1e-6);
        assertEquals(105.0, high.get("medianMinutesToResolve").asDouble(), 1e-6);
        assertEquals(150.0, high.get("maxMinutesToResolve").asDouble(), 1e-6);
        JsonNode low = find(f.get("incidents"), "severity", "LOW");
        assertEquals(1, low.get("count").asLong());
        assertEquals(0, low.get("resolved").asLong());
        assertTrue(absent(low.path("medianMinutesToResolve")), "never resolved");

        // Maintenance: one window announced ten days ahead.
        assertEquals(1, f.get("maintenance").size());
        assertEquals(10.0, f.get("maintenance").get(0).get("noticeDays").asDouble(), 1e-9);

        // Requests: access answered after 2 and 6 working days (the second late), one still open past its due date;
        // one connection approved the next working day.
        JsonNode access = find(f.get("requests"), "kind", "ACCESS");
        assertEquals(3, access.get("filed").asLong());
        assertEquals(2, access.get("decided").asLong());
        assertEquals(2, access.get("overdue").asLong());
        assertEquals(4.0, access.get("medianWorkingDays").asDouble(), 1e-9);
        JsonNode connection = find(f.get("requests"), "kind", "CONNECTION");
        assertEquals(1, connection.get("filed").asLong());
        assertEquals(1, connection.get("decided").asLong());
        assertEquals(0, connection.get("overdue").asLong());
        assertEquals(1.0, connection.get("medianWorkingDays").asDouble(), 1e-9);
        assertTrue(absent(find(f.get("requests"), "kind", "ORG_CHANGE").path("overdue")), "no legal deadline");

        // The registry's changes of the month, from the decisions and the audit.
        JsonNode registry = f.get("registry");
        assertEquals(1, registry.get("systemsConnected").asLong());
        assertEquals(2, registry.get("agenciesRegistered").asLong());
        assertEquals(1, registry.get("servicesPublished").asLong());
        assertEquals(0, f.get("codeLists").size(), "no code list was published in October");
        assertTrue(absent(f.path("feedback")), "feedback belongs to annual reports");

        long id = made.get("id").asLong();
        assertPdf(id, List.of(agencyName("H24.06"), agencyName("H24.03"), agencyName("H24.10"), agencyName("H24.101"),
                "Báo cáo vận hành LGSP tháng 10/2026"));
        String csv = download(id, "csv", Tokens.AUTHORITY);
        assertTrue(csv.contains("provider,H24.06," + agencyName("H24.06") + ",exchanges,40"), csv);
        assertTrue(csv.contains("requests,ACCESS,,medianWorkingDays,4.0"), csv);
        assertEquals(f, json(Http.send(as(Tokens.OPERATOR, REPORTS + "/" + id + "/download?format=json"))));
    }

    @Test
    void badOrdersAreRefusedAndChangeNothing() {
        long before = Database.count("report");
        LocalDate tomorrow = LocalDate.now(VIETNAM).plusDays(1);
        for (String body : List.of("{}", "{\"kind\":\"WEEKLY\"}", "{\"kind\":\"MONTHLY\",\"month\":\"2026-13\"}",
                "{\"kind\":\"MONTHLY\"}", "{\"kind\":\"ANNUAL\",\"year\":1999}",
                "{\"kind\":\"PERIOD\",\"from\":\"2026-10-01\",\"to\":\"" + tomorrow + "\"}",
                "{\"kind\":\"PERIOD\",\"from\":\"2026-10-02\",\"to\":\"2026-10-01\"}")) {
            HttpResponse<String> refused = post(Tokens.AUTHORITY, REPORTS, body);
            assertEquals(400, refused.statusCode(), body + " → " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(before, Database.count("report"));
        assertEquals(404, Http.send(as(Tokens.AUDITOR, REPORTS + "/999999/download")).statusCode());
        long any = json(expect(200, Http.send(as(Tokens.AUDITOR, REPORTS)))).get("items").get(0).get("id").asLong();
        assertEquals(400, Http.send(as(Tokens.AUDITOR, REPORTS + "/" + any + "/download?format=docx")).statusCode());
    }

    @Test
    void agencyAdminsSystemsAndTheAuditorWritingAreRefused() {
        long before = Database.count("report");
        String order = "{\"kind\":\"PERIOD\",\"from\":\"2026-10-01\",\"to\":\"2026-10-31\"}";
        for (String caller : List.of(Tokens.ADMIN_A, Tokens.SYSTEM, Tokens.AUDITOR)) {
            assertEquals(403, post(caller, REPORTS, order).statusCode(), caller);
        }
        for (String caller : List.of(Tokens.ADMIN_A, Tokens.ADMIN_B, Tokens.SYSTEM)) {
            assertEquals(403, Http.send(as(caller, REPORTS)).statusCode(), caller);
            assertEquals(403, Http.send(as(caller, "/admin/v1/oversight")).statusCode(), caller);
        }
        assertEquals(before, Database.count("report"));
        JsonNode period = json(expect(201, post(Tokens.AUTHORITY, REPORTS, order)));
        assertEquals("PERIOD", period.get("kind").asText());
        assertEquals(403, Http.send(as(Tokens.ADMIN_A, REPORTS + "/" + period.get("id").asLong() + "/download"))
                .statusCode());
    }

    @Test
    void aFeedbackRoundIsAnsweredOncePerAgencyAndSummarisedInTheAnnualReport() throws Exception {
        String round = "{\"year\":2026,\"title\":\"Lấy ý kiến về LGSP năm 2026\",\"closesOn\":\""
                + LocalDate.now(VIETNAM).plusDays(30) + "\",\"questions\":[{\"code\":\"q1\",\"text\":\"Mức độ hài"
                + " lòng với LGSP\",\"kind\":\"RATING\"},{\"code\":\"q2\",\"text\":\"Đề xuất\",\"kind\":\"TEXT\"}]}";
        assertEquals(403, post(Tokens.OPERATOR, ROUNDS, round).statusCode(), "the authority opens rounds");
        assertEquals(400, post(Tokens.AUTHORITY, ROUNDS, round.replace("\"RATING\"", "\"STARS\"")).statusCode());
        JsonNode opened = json(expect(201, post(Tokens.AUTHORITY, ROUNDS, round)));
        assertEquals(409, post(Tokens.AUTHORITY, ROUNDS, round).statusCode(), "one round a year");
        String answers = ROUNDS + "/" + opened.get("id").asLong() + "/answers";

        assertEquals(false, json(expect(200, Http.send(as(Tokens.ADMIN_A, ROUNDS)))).get("items").get(0).get("answeredByMyAgency")
                .asBoolean());
        JsonNode wrong = json(expect(400, post(Tokens.ADMIN_B, answers, "{\"answers\":{\"q1\":7,\"q9\":1}}")));
        assertEquals(2, wrong.get("errors").size(), wrong.toString());
        expect(201, post(Tokens.ADMIN_A, answers, "{\"answers\":{\"q1\":4,\"q2\":\"Cần thêm dịch vụ hộ tịch\"}}"));
        assertEquals(409, post(Tokens.ADMIN_A, answers, "{\"answers\":{\"q1\":1}}").statusCode(), "answered once");
        expect(201, post(Tokens.ADMIN_B, answers, "{\"answers\":{\"q1\":2}}"));
        for (String caller : List.of(Tokens.OPERATOR, Tokens.AUTHORITY, Tokens.AUDITOR, Tokens.SYSTEM)) {
            assertEquals(403, post(caller, answers, "{\"answers\":{\"q1\":3}}").statusCode(), caller);
        }
        assertEquals(2, Database.count("feedback_answer"));
        assertEquals(403, Http.send(as(Tokens.ADMIN_A, ROUNDS + "/" + opened.get("id").asLong() + "/results"))
                .statusCode(), "an agency sees its own answer's receipt, not the others'");

        JsonNode results = json(expect(200, Http.send(as(Tokens.AUDITOR, ROUNDS + "/" + opened.get("id").asLong()
                + "/results"))));
        assertEquals(2, results.get("agenciesAnswered").asLong());
        JsonNode q1 = find(results.get("questions"), "code", "q1");
        assertEquals(3.0, q1.get("meanRating").asDouble(), 1e-9);
        assertEquals(1, q1.get("ratings").get("2").asLong());
        assertEquals(1, q1.get("ratings").get("4").asLong());
        assertEquals("Cần thêm dịch vụ hộ tịch", find(results.get("questions"), "code", "q2").get("texts")
                .get("H24.10").asText());

        JsonNode annual = json(expect(201, post(Tokens.AUTHORITY, REPORTS, "{\"kind\":\"ANNUAL\",\"year\":2026}")));
        JsonNode figures = json(expect(200, Http.send(as(Tokens.AUTHORITY, REPORTS + "/" + annual.get("id").asLong()))))
                .get("figures");
        assertEquals(2, figures.get("feedback").get("agenciesAnswered").asLong());
        assertPdf(annual.get("id").asLong(), List.of("Ý kiến của các cơ quan", "Lấy ý kiến về LGSP năm 2026",
                "Báo cáo năm 2026"));
    }

    @Test
    void theOversightViewListsWhatNeedsTheAuthoritysAttention() {
        LocalDate today = LocalDate.now(VIETNAM);
        Database.execute("INSERT INTO agency (code, name, parent_id, kind, status, created_at, updated_at) VALUES"
                + " ('H24.12.91', 'Phòng Giám sát thử', (SELECT id FROM agency WHERE code = 'H24.12'), 'OTHER', 'ACTIVE',"
                + " now(), now())");
        Database.execute("INSERT INTO information_system (agency_id, system_code, name, data_kind, connection_status,"
                + " security_status, created_at, updated_at) VALUES ((SELECT id FROM agency WHERE code = 'H24.12.91'),"
                + " 'chua-duyet', 'Hệ thống chưa duyệt cấp độ', 'OTHER', 'CONNECTED', 'PENDING', now(), now())");
        Database.execute("INSERT INTO information_system (agency_id, system_code, name, data_kind, connection_status,"
                + " security_status, security_level, security_decision_number, security_decision_date,"
                + " security_approver, security_valid_until, contact_email, created_at, updated_at) VALUES"
                + " ((SELECT id FROM agency WHERE code = 'H24.12'), 'sap-het-han', 'Hệ thống sắp hết hạn cấp độ', 'OTHER',"
                + " 'CONNECTED', 'APPROVED', 2, '12/QĐ-STC', DATE '2024-01-10', 'Sở Tài chính', DATE '" + today.plusDays(10)
                + "', 'it@haiphong.gov.vn', now(), now())");
        Database.execute("INSERT INTO service (system_id, service_code, service_version, protocol, title_vi, data_kind,"
                + " provider_url, status, created_at, updated_at) VALUES ((SELECT i.id FROM information_system i JOIN"
                + " agency a ON a.id = i.agency_id WHERE a.code = 'H24.12.91' AND i.system_code = 'chua-duyet'),"
                + " 'khong-hop-dong', 'v1', 'REST', 'Dịch vụ chưa có hợp đồng', 'OTHER', 'http://127.0.0.1:9/', 'DRAFT',"
                + " now(), now())");
        Database.execute("INSERT INTO code_list (code, name_vi, owner_agency_code, legal_basis_number, legal_basis_date,"
                + " created_at, updated_at) VALUES ('dm-giam-sat-it', 'Danh mục chờ cập nhật', 'H24.08', '99/2026/QĐ-UBND',"
                + " DATE '2026-11-15', now(), now())");
        Database.execute("INSERT INTO access_request (consumer_system_id, service_id, purpose, legal_basis, data_fields,"
                + " frequency, status, submitted_by, submitted_at, due_date) VALUES (" + system("H24.101", "mot-cua") + ", "
                + service("H24.06", "dat-dai", "tra-cuu-thua-dat") + ", 'Tra cứu thửa đất', 'NĐ 47/2020', '[\"soThua\"]',"
                + " 'hằng ngày', 'SUBMITTED', 'admin-mot-cua', now() - interval '20 days', DATE '" + today.minusDays(3)
                + "')");

        JsonNode view = json(expect(200, Http.send(as(Tokens.AUTHORITY, "/admin/v1/oversight"))));
        assertTrue(has(view.get("overdueRequests"), "kind", "ACCESS"), view.toString());
        assertTrue(has(view.get("systemsWithoutApprovedLevel"), "system", "H24.12.91/chua-duyet"), view.toString());
        assertTrue(has(view.get("securityLevelsLapsing"), "system", "H24.12/sap-het-han"), view.toString());
        assertTrue(has(view.get("servicesWithoutContract"), "service", "H24.12.91/chua-duyet/khong-hop-dong/v1"));
        assertTrue(has(view.get("agenciesWithoutContact"), "code", "H24.12.91"), view.toString());
        assertTrue(!has(view.get("agenciesWithoutContact"), "code", "H24.12"), "its system names a contact");
        assertTrue(has(view.get("codeListsOutdated"), "list", "dm-giam-sat-it"), view.toString());
        for (JsonNode demo : view.get("codeListsOutdated")) {
            assertTrue(!demo.get("list").asText().equals("dan-toc"), "published after its legal basis");
        }
        expect(200, Http.send(as(Tokens.AUDITOR, "/admin/v1/oversight")));
    }

    /** October 2026 in Vietnam, with everything the monthly report counts. */
    private static void arrangeOctober() throws SQLException {
        List<ExchangeRecord> records = new ArrayList<>();
        Instant octoberFirst = LocalDate.of(2026, 10, 1).atStartOfDay(VIETNAM).toInstant();
        for (int i = 0; i < 40; i++) {
            // the first at 00:30 on 1 October in Vietnam — still 30 September in UTC
            Instant at = octoberFirst.plus(Duration.ofMinutes(30)).plus(Duration.ofHours(17L * i));
            String error = i < 3 ? "Server.ServerProxy.ServiceFailed" : i == 3 ? "Server.ServerProxy.ServiceTimeout" : null;
            records.add(exchange(at, HIS, PARCELS, 20, error));
        }
        for (int i = 0; i < 25; i++) {
            records.add(exchange(octoberFirst.plus(Duration.ofHours(5 + 24L * i)), MOT_CUA, CIVIL, 50, null));
        }
        for (int i = 0; i < 10; i++) {
            records.add(exchange(octoberFirst.plus(Duration.ofHours(7 + 48L * i)), HIS, CIVIL, 50,
                    i < 2 ? "Server.ServerProxy.ServiceTimeout" : null));
        }
        Instant novemberFirst = LocalDate.of(2026, 11, 1).atStartOfDay(VIETNAM).toInstant();
        for (int i = 0; i < 5; i++) {
            records.add(exchange(octoberFirst.minus(Duration.ofMinutes(60 + i)), HIS, PARCELS, 20, null));
            records.add(exchange(novemberFirst.plus(Duration.ofMinutes(30 + i)), HIS, PARCELS, 20, null));
        }
        Rollup.Names names = new Rollup.Names() {
            public String service(String recorded) { return recorded; }
            public String client(String recorded) { return recorded; }
            public String agency(String name) { return name.split("/")[2]; }
        };
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            StatisticsWriter.write(Rollup.of(records, names, EnumSet.of(StatKey.Span.HOUR, StatKey.Span.DAY)),
                    "report-it", c);
            c.commit();
        }
        String consumer = system("H24.10", "his");
        String parcels = service("H24.06", "dat-dai", "tra-cuu-thua-dat");
        String access = "INSERT INTO access_request (consumer_system_id, service_id, purpose, legal_basis, data_fields,"
                + " frequency, status, submitted_by, submitted_at, due_date, decided_by, decided_at, refusal_reason)"
                + " VALUES (" + consumer + ", " + parcels + ", 'Khám chữa bệnh', 'Luật KCB', '[\"soThua\"]', 'hằng ngày', ";
        // Mon 5 Oct 09:00 → Wed 7 Oct: 2 working days, in time (due 12 Oct)
        Database.execute(access + "'REFUSED', 'it', TIMESTAMPTZ '2026-10-05 09:00+07', DATE '2026-10-12', 'authority',"
                + " TIMESTAMPTZ '2026-10-07 10:00+07', 'Thiếu căn cứ')");
        // Thu 8 Oct → Fri 16 Oct: 6 working days, one late (due 15 Oct)
        Database.execute(access + "'REFUSED', 'it', TIMESTAMPTZ '2026-10-08 09:00+07', DATE '2026-10-15', 'authority',"
                + " TIMESTAMPTZ '2026-10-16 10:00+07', 'Thiếu căn cứ')");
        // Tue 20 Oct, due 27 Oct, still open at the end of the month
        Database.execute(access + "'SUBMITTED', 'it', TIMESTAMPTZ '2026-10-20 09:00+07', DATE '2026-10-27', NULL, NULL,"
                + " NULL)");
        Database.execute("INSERT INTO connection_request (system_id, kind, status, purpose, contact_name, contact_email,"
                + " submitted_by, submitted_at, due_date, decided_at) VALUES (" + system("H24.101", "mot-cua") + ","
                + " 'CONNECT', 'APPROVED', 'Kết nối một cửa', 'Nguyễn Văn A', 'a@haiphong.gov.vn', 'it',"
                + " TIMESTAMPTZ '2026-10-21 09:00+07', DATE '2026-10-28', TIMESTAMPTZ '2026-10-22 10:00+07')");
        incident("HIGH", "2026-10-10 09:00+07", 30, 150);
        incident("HIGH", "2026-10-12 09:00+07", 10, 60);
        incident("LOW", "2026-10-15 09:00+07", -1, -1);
        Database.execute("INSERT INTO service_maintenance (service_id, starts_at, ends_at, notice_vi, created_by,"
                + " created_at) VALUES (" + parcels + ", TIMESTAMPTZ '2026-10-20 22:00+07', TIMESTAMPTZ '2026-10-21"
                + " 00:00+07', 'Bảo trì định kỳ', 'operator', TIMESTAMPTZ '2026-10-10 22:00+07')");
        for (String[] change : new String[][] {{"agency", "REGISTER", "H24.12.81"}, {"agency", "REGISTER", "H24.12.82"},
            {"service", "PUBLISH", "H24.06/dat-dai/tra-cuu-thua-dat/v9"}}) {
            Database.execute("INSERT INTO admin_audit (occurred_at, actor_subject, actor_role, action, entity_type,"
                    + " entity_key) VALUES (TIMESTAMPTZ '2026-10-14 10:00+07', 'it', 'lgsp-operator', '" + change[1]
                    + "', '" + change[0] + "', '" + change[2] + "')");
        }
    }

    /** An incident detected at {@code detected}, isolated and resolved so many minutes later (-1: not). */
    private static void incident(String severity, String detected, int isolatedAfter, int resolvedAfter) {
        long id = Database.queryLong(Database.NAME, "INSERT INTO incident (title, notice_vi, severity, category,"
                + " data_affected, state, detected_at, opened_by, created_at, updated_at) VALUES ('Sự cố thử',"
                + " 'Đang xử lý', '" + severity + "', 'AVAILABILITY', false, '" + (resolvedAfter < 0 ? "DETECTED" : "RESOLVED")
                + "', TIMESTAMPTZ '" + detected + "', 'operator', now(), now()) RETURNING id");
        String log = "INSERT INTO incident_log (incident_id, seq, occurred_at, actor_name, actor_role, kind, from_state,"
                + " to_state) VALUES (" + id + ", ";
        Database.execute(log + "1, TIMESTAMPTZ '" + detected + "', 'operator', 'lgsp-operator', 'OPENED', NULL, 'DETECTED')");
        if (isolatedAfter >= 0) {
            Database.execute(log + "2, TIMESTAMPTZ '" + detected + "' + interval '" + isolatedAfter + " minutes', 'operator',"
                    + " 'lgsp-operator', 'ISOLATE', NULL, NULL)");
            Database.execute(log + "3, TIMESTAMPTZ '" + detected + "' + interval '" + isolatedAfter + " minutes', 'operator',"
                    + " 'lgsp-operator', 'TRANSITION', 'DETECTED', 'ISOLATED')");
        }
        if (resolvedAfter >= 0) {
            Database.execute(log + "4, TIMESTAMPTZ '" + detected + "' + interval '" + resolvedAfter + " minutes', 'operator',"
                    + " 'lgsp-operator', 'TRANSITION', 'ISOLATED', 'RESOLVED')");
        }
    }

    private static ExchangeRecord exchange(Instant at, String client, String service, long millis, String error) {
        return new ExchangeRecord(at, "x", "r", "REST", client, service, "GET", "/", null, null,
                error == null ? 200 : 502, error, 300, 900, null, null, at.plusMillis(1), at.plusMillis(millis), null,
                null);
    }

    private static String system(String agency, String system) {
        return "(SELECT i.id FROM information_system i JOIN agency a ON a.id = i.agency_id WHERE a.code = '" + agency
                + "' AND i.system_code = '" + system + "')";
    }

    private static String service(String agency, String system, String service) {
        return "(SELECT s.id FROM service s JOIN information_system i ON i.id = s.system_id JOIN agency a"
                + " ON a.id = i.agency_id WHERE a.code = '" + agency + "' AND i.system_code = '" + system
                + "' AND s.service_code = '" + service + "' ORDER BY s.id LIMIT 1)";
    }

    private static String agencyName(String code) {
        return (String) Database.row("SELECT name FROM agency WHERE code = '" + code + "'").get("name");
    }

    private static void assertAgency(JsonNode agencies, String code, long exchanges, long failures) {
        JsonNode agency = find(agencies, "agencyCode", code);
        assertEquals(exchanges, agency.get("exchanges").asLong(), code);
        assertEquals(failures, agency.get("failures").asLong(), code);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    /** JSON leaves out what has no value. */
    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static boolean has(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String download(long id, String format, String caller) {
        HttpResponse<byte[]> response = Http.bytes(as(caller, REPORTS + "/" + id + "/download?format=" + format));
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The PDF renders (page 1 is not blank) and its text holds every phrase. */
    private static void assertPdf(long id, List<String> phrases) throws IOException {
        HttpResponse<byte[]> response = Http.bytes(as(Tokens.AUTHORITY, REPORTS + "/" + id + "/download"));
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String phrase : phrases) {
                assertTrue(text.contains(phrase.replaceAll("\\s+", " ")), phrase + " in:\n" + text);
            }
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
            long inked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    inked += (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                }
            }
            assertTrue(inked > page.getWidth() * page.getHeight() / 100, "page 1 is drawn: " + inked);
        }
    }
}
