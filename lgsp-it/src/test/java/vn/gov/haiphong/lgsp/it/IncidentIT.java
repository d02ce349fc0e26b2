package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.AgencyRestIT.assertProblem;
import static vn.gov.haiphong.lgsp.it.Http.call;
import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.post;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Incidents end to end (Quy chế Đ.10): the state machine with its refusals, the append-only incident log, isolation
 * that the gateway honours over REST and SOAP with the incident's notice (and lifting that restores the calls), the
 * backup-before-fixing and report rules, the seven-day maintenance notice (Đ.9.7, Đ.14.2), and the e-mails the
 * parties receive — read from a real SMTP server (GreenMail) that the platform's mail session sends to.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentIT {

    static final String INCIDENTS = "/admin/v1/incidents";
    static final String ME = "VN/GOV/H24.10/his";
    static final String OPERATOR_MAIL = "vanhanh.lgsp@haiphong.gov.vn";
    static final String AUTHORITY_MAIL = "sokhcn@haiphong.gov.vn";
    static final String PROVIDER_MAIL = "sonnmt@haiphong.gov.vn";   // H24.06, provider of dat-dai's services
    static final String CONSUMER_MAIL = "soyte@haiphong.gov.vn";    // H24.10, whose his system consumes them
    static final Duration MAIL_WAIT = Duration.ofSeconds(90);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 10025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static JsonNode open(String body) {
        return json(expect(201, post(Tokens.OPERATOR, INCIDENTS, body)));
    }

    static HttpResponse<String> step(long id, String body) {
        return post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/steps", body);
    }

    @Test
    void anIncidentRunsFromDetectionToClosedWithEveryStepInItsLog() throws Exception {
        GatewayIT.registerEchoLike("su-co", Http.BASE + "/demo-provider/test/echo", 5000);
        String path = "/r1/VN/GOV/H24.06/dat-dai/su-co/x";
        expect(200, send(GatewayIT.call(Tokens.SYSTEM, path, ME)));
        long audit = Database.count("admin_audit");

        JsonNode incident = open("{\"title\":\"Dịch vụ tra cứu không trả lời\",\"noticeVi\":\"Dịch vụ đang được khắc phục\","
                + "\"noticeEn\":\"The service is being repaired\",\"severity\":\"HIGH\",\"category\":\"DATA\","
                + "\"dataAffected\":true,\"services\":[\"H24.06/dat-dai/su-co/v1\"]}");
        long id = incident.get("id").asLong();
        assertEquals("DETECTED", incident.get("state").asText());
        assertEquals(List.of("ISOLATED", "DIAGNOSED", "ESCALATED"), texts(incident.get("nextStates")));
        assertEquals(List.of("H24.06", "H24.10"), texts(incident.get("agencies")), "the provider and its consumer");
        assertTrue(incident.get("reportRequired").asBoolean());

        // Forbidden steps are refused, in Vietnamese and in English, and change nothing.
        JsonNode refused = assertProblem(step(id, "{\"to\":\"RESOLVED\"}"), 409, "incident-transition");
        assertTrue(refused.get("detail").asText().contains("DETECTED"), refused.toString());
        HttpResponse<String> english = send(Http.as(Tokens.OPERATOR, INCIDENTS + "/" + id + "/steps")
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"to\":\"CLOSED\"}")));
        assertTrue(assertProblem(english, 409, "incident-transition").get("detail").asText().contains("cannot move to CLOSED"));
        assertProblem(step(id, "{\"to\":\"FIXED\"}"), 400, "validation-failed");
        assertProblem(step(id, "{\"to\":\"ESCALATED\"}"), 400, "validation-failed"); // escalating says why
        assertEquals("DETECTED", json(expect(200, send(Http.as(Tokens.OPERATOR, INCIDENTS + "/" + id)))).get("state").asText());

        // Isolation: the gateway refuses the service with the incident's notice; the incident is ISOLATED.
        JsonNode isolated = json(expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations",
                "{\"service\":\"H24.06/dat-dai/su-co/v1\"}")));
        assertEquals("ISOLATED", isolated.get("state").asText());
        long isolation = isolated.get("isolations").get(0).get("id").asLong();
        GatewayIT.assertRefused(send(GatewayIT.call(Tokens.SYSTEM, path, ME)), 503, "Server.ServerProxy.ServiceSuspended",
                "Sự cố số " + id + ": Dịch vụ đang được khắc phục");
        assertProblem(post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations", "{\"service\":\"H24.06/dat-dai/su-co/v1\"}"),
                409, "incident-target-suspended");

        // Backup before fixing: a data-affecting incident is diagnosed only with the backup's reference.
        assertProblem(step(id, "{\"to\":\"DIAGNOSED\",\"note\":\"Lỗi chỉ mục\"}"), 409, "incident-backup-required");
        expect(200, step(id, "{\"to\":\"DIAGNOSED\",\"note\":\"Lỗi chỉ mục\",\"backupRef\":\"pg_dump 2026-12-03 02:00 #481\"}"));
        Instant eta = Instant.now().plus(Duration.ofHours(4));
        expect(200, call(Tokens.OPERATOR, "PUT", INCIDENTS + "/" + id + "/eta", "{\"expectedFixAt\":\"" + eta
                + "\",\"note\":\"Đang dựng lại chỉ mục\"}"));
        expect(200, step(id, "{\"to\":\"RESOLVED\",\"note\":\"Đã dựng lại chỉ mục\"}"));

        // Closing a serious incident needs its report, and nothing left isolated.
        assertProblem(step(id, "{\"to\":\"CLOSED\"}"), 409, "incident-report-required");
        expect(200, call(Tokens.OPERATOR, "PUT", INCIDENTS + "/" + id + "/report", "{\"cause\":\"Chỉ mục hỏng sau khi "
                + "mất điện\",\"impact\":\"Tra cứu bị từ chối trong 40 phút\",\"actions\":\"Khôi phục, dựng lại chỉ mục\"}"));
        assertProblem(step(id, "{\"to\":\"CLOSED\"}"), 409, "incident-isolation-active");
        expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations/" + isolation + "/lift", ""));
        expect(200, send(GatewayIT.call(Tokens.SYSTEM, path, ME)));
        assertProblem(post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations/" + isolation + "/lift", ""), 409,
                "incident-isolation-lifted");
        JsonNode closed = json(expect(200, step(id, "{\"to\":\"CLOSED\",\"note\":\"Đóng sự cố\"}")));
        assertEquals("CLOSED", closed.get("state").asText());
        assertNotNull(closed.get("closedAt").asText());
        assertProblem(step(id, "{\"to\":\"DIAGNOSED\",\"backupRef\":\"x\"}"), 409, "incident-closed");
        assertProblem(post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/notes", "{\"note\":\"muộn\"}"), 409, "incident-closed");

        // The log: every step and note, in order, with who and when.
        JsonNode log = json(expect(200, send(Http.as(Tokens.AUDITOR, INCIDENTS + "/" + id + "/log")))).get("items");
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            assertEquals(i + 1, log.get(i).get("seq").asInt());
            assertEquals("operator", log.get(i).get("actor").asText());
            assertEquals("lgsp-operator", log.get(i).get("role").asText());
            kinds.add(log.get(i).get("kind").asText() + (log.get(i).hasNonNull("to") ? ">" + log.get(i).get("to").asText() : ""));
        }
        assertEquals(List.of("OPENED>DETECTED", "ISOLATE", "TRANSITION>ISOLATED", "BACKUP", "TRANSITION>DIAGNOSED", "ETA",
                "TRANSITION>RESOLVED", "REPORT", "LIFT", "TRANSITION>CLOSED"), kinds);
        assertEquals("pg_dump 2026-12-03 02:00 #481", log.get(3).get("text").asText());
        // A page of the log: the database's page, counted over the whole log.
        JsonNode second = json(expect(200, send(Http.as(Tokens.AUDITOR, INCIDENTS + "/" + id + "/log?page=1&size=4"))));
        assertEquals(List.of(5, 6, 7, 8), second.get("items").findValues("seq").stream().map(JsonNode::asInt).toList());
        assertEquals(10, second.get("totalItems").asInt());
        assertEquals(3, second.get("totalPages").asInt());
        assertProblem(send(Http.as(Tokens.AUDITOR, INCIDENTS + "/" + id + "/log?size=101")), 400, "validation-failed");

        // The report as IODEF v2 (RFC 7970; IodefExportTest validates the document against the RFC's schema).
        HttpResponse<String> iodef = expect(200, send(Http.as(Tokens.AUDITOR, INCIDENTS + "/" + id + "/iodef")
                .setHeader("Accept", "application/xml")));
        assertTrue(iodef.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        assertTrue(iodef.body().contains("<IncidentID name=\"lgsp.haiphong.gov.vn\">" + id + "</IncidentID>")
                && iodef.body().contains("status=\"resolved\"") && iodef.body().contains("Dịch vụ tra cứu không trả lời")
                && iodef.body().split("<HistoryItem ").length == 11, iodef.body());
        java.util.regex.Matcher failed = java.util.regex.Pattern.compile("meaning=\"of them failed or refused\">(\\d+)<")
                .matcher(iodef.body());
        assertTrue(failed.find() && Long.parseLong(failed.group(1)) >= 1,
                "the call refused during the isolation, counted from the exchange log: " + iodef.body());

        // And as a PDF (IncidentPdfTest renders it and reads its Vietnamese back).
        HttpResponse<String> pdf = expect(200, send(Http.as(Tokens.ADMIN_A, INCIDENTS + "/" + id + "/pdf")
                .setHeader("Accept", "application/pdf")));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.body().startsWith("%PDF-") && pdf.body().length() > 2000, "a PDF document");

        // Append-only in the database itself, even for the schema's owner.
        try (Connection c = Database.connectAs(Database.OWNER); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE incident_log SET text = 'sửa' WHERE incident_id = " + id,
                    "DELETE FROM incident_log WHERE incident_id = " + id, "TRUNCATE incident_log CASCADE")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
        try (Connection c = Database.connectAs(Database.APP); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("UPDATE incident_log SET text = 'x' WHERE incident_id = " + id));
        }
        assertEquals(10, Database.queryLong(Database.NAME, "SELECT count(*) FROM incident_log WHERE incident_id = " + id));
        assertTrue(Database.count("admin_audit") >= audit + 10, "every change audited");

        // The parties and the operator are told, once each; the attempts are readable.
        String subject = "Sự cố số " + id + ": Dịch vụ tra cứu không trả lời";
        List<MimeMessage> opened = awaitMail(m -> subject(m).contains(subject), 3);
        assertEquals(Set.of(OPERATOR_MAIL, PROVIDER_MAIL, CONSUMER_MAIL), recipients(opened));
        String body = (String) opened.get(0).getContent();
        assertTrue(body.contains("Dịch vụ đang được khắc phục") && body.contains("The service is being repaired")
                && body.contains("H24.06/dat-dai/su-co/v1"), body);
        assertEquals(Set.of(PROVIDER_MAIL, CONSUMER_MAIL, OPERATOR_MAIL),
                recipients(awaitMail(m -> subject(m).startsWith("[LGSP] Sự cố số " + id + ": dự kiến khắc phục"), 3)));
        awaitMail(m -> subject(m).startsWith("[LGSP] Sự cố số " + id + " đã được khắc phục"), 3);
        JsonNode sent = json(expect(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/notifications?size=100&about=incident/" + id))));
        assertTrue(sent.get("totalItems").asInt() >= 12, sent.toString());
        assertNotNull(sent.get("items").get(0).get("attemptLog"));
    }

    @Test
    void isolatingASystemRefusesItAsProviderAndAsConsumerOverRestAndSoapUntilLifted() {
        long calls = GatewayIT.providerCalls();
        long id = open("{\"title\":\"Tấn công vào máy chủ hộ tịch\",\"noticeVi\":\"Tạm ngừng để xử lý sự cố an toàn thông tin\","
                + "\"severity\":\"CRITICAL\",\"category\":\"SECURITY\",\"systems\":[\"H24.03/ho-tich\",\"H24.06/dat-dai\"]}")
                .get("id").asLong();
        String soap = SoapGatewayIT.envelope("H24.101/mot-cua", "H24.03/ho-tich/tra-cuu-ho-tich",
                "<ht:traCuuKhaiSinh xmlns:ht=\"http://hotich.stp.haiphong.gov.vn/v1\"><ht:soDinhDanh>1</ht:soDinhDanh>"
                        + "</ht:traCuuKhaiSinh>");
        String rest = GatewayIT.ECHO + "/mau";
        JsonNode incident = json(expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations",
                "{\"system\":\"H24.03/ho-tich\"}")));
        incident = json(expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations", "{\"system\":\"H24.06/dat-dai\"}")));
        incident = json(expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations", "{\"system\":\"H24.10/his\"}")));
        String notice = "Sự cố số " + id + ": Tạm ngừng để xử lý sự cố an toàn thông tin";
        try {
            HttpResponse<String> fault = send(SoapGatewayIT.soap("H24.101/mot-cua", soap));
            assertTrue(fault.body().contains("<faultcode>Server.ServerProxy.ProviderSuspended</faultcode>"), fault.body());
            assertTrue(fault.body().contains(notice), fault.body());
            // his is isolated as a consumer: refused before the (also isolated) provider is even looked at
            GatewayIT.assertRefused(send(GatewayIT.call(Tokens.SYSTEM, rest, ME)), 403, "Server.ClientProxy.ClientSuspended",
                    notice);
        } finally {
            for (JsonNode isolation : incident.get("isolations")) {
                if (isolation.get("target").asText().endsWith("H24.10/his")) {
                    expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations/" + isolation.get("id").asLong()
                            + "/lift", ""));
                }
            }
        }
        // his restored as a consumer; dat-dai still isolated as a provider
        try {
            GatewayIT.assertRefused(send(GatewayIT.call(Tokens.SYSTEM, rest, ME)), 503, "Server.ServerProxy.ProviderSuspended",
                    notice);
        } finally {
            for (JsonNode isolation : incident.get("isolations")) {
                if (!isolation.get("target").asText().endsWith("H24.10/his")) {
                    expect(200, post(Tokens.OPERATOR, INCIDENTS + "/" + id + "/isolations/" + isolation.get("id").asLong()
                            + "/lift", ""));
                }
            }
        }
        assertEquals(calls, GatewayIT.providerCalls(), "no isolated provider was called");
        expect(200, send(GatewayIT.call(Tokens.SYSTEM, rest, ME)));
        HttpResponse<String> answered = send(SoapGatewayIT.soap("H24.101/mot-cua", soap));
        assertEquals(200, answered.statusCode(), answered.body());
        List<String> lifts = new ArrayList<>();
        json(expect(200, send(Http.as(Tokens.OPERATOR, INCIDENTS + "/" + id + "/log?size=100")))).get("items").forEach(e -> {
            if (e.get("kind").asText().equals("LIFT")) {
                lifts.add(e.get("text").asText());
            }
        });
        assertEquals(3, lifts.size(), "each lifting is a step of the log: " + lifts);
        // the isolated consumer's agency became a party, and is told with the others
        assertTrue(recipients(awaitMail(m -> subject(m).startsWith("[LGSP] Sự cố số " + id + ": cô lập system H24.10/his"), 4))
                .containsAll(Set.of(CONSUMER_MAIL, OPERATOR_MAIL, PROVIDER_MAIL, "sotuphap@haiphong.gov.vn")));
    }

    @Test
    void agencyAdminsReadOnlyIncidentsAffectingThemAndNobodyButTheOperatorRunsThem() {
        long id = open("{\"title\":\"Chậm trả lời\",\"noticeVi\":\"Dịch vụ chậm\",\"severity\":\"LOW\","
                + "\"category\":\"PERFORMANCE\",\"agencies\":[\"H24.10\"]}").get("id").asLong();
        assertFalse(json(expect(200, send(Http.as(Tokens.ADMIN_A, INCIDENTS + "/" + id)))).get("reportRequired").asBoolean());
        expect(200, send(Http.as(Tokens.ADMIN_A, INCIDENTS + "/" + id + "/log")));
        assertProblem(send(Http.as(Tokens.ADMIN_B, INCIDENTS + "/" + id)), 404, "incident-not-found");
        assertProblem(send(Http.as(Tokens.ADMIN_B, INCIDENTS + "/" + id + "/log")), 404, "incident-not-found");
        JsonNode listed = json(expect(200, send(Http.as(Tokens.ADMIN_B, INCIDENTS + "?size=100"))));
        listed.get("items").forEach(i -> assertTrue(texts(i.get("agencies")).contains("H24.03"), i.toString()));
        assertTrue(json(expect(200, send(Http.as(Tokens.ADMIN_A, INCIDENTS + "?size=100")))).get("items").findValues("id")
                .stream().map(JsonNode::asLong).toList().contains(id));
        for (String caller : List.of(Tokens.ADMIN_A, Tokens.AUDITOR, Tokens.AUTHORITY, Tokens.SYSTEM)) {
            assertProblem(post(caller, INCIDENTS + "/" + id + "/steps", "{\"to\":\"ISOLATED\"}"), 403, "access-denied");
            assertProblem(post(caller, INCIDENTS, "{}"), 403, "access-denied");
        }
        assertProblem(send(Http.as(Tokens.SYSTEM, INCIDENTS + "/" + id)), 403, "access-denied");
        assertProblem(post(Tokens.AUDITOR, INCIDENTS + "/" + id + "/notes", "{\"note\":\"x\"}"), 403, "access-denied");
        // The authority's word goes into the log; an escalation reaches it by e-mail.
        expect(200, post(Tokens.AUTHORITY, INCIDENTS + "/" + id + "/notes", "{\"note\":\"Sở KH&CN đã nắm thông tin\"}"));
        expect(200, step(id, "{\"to\":\"ESCALATED\",\"note\":\"Cần nhà cung cấp hạ tầng hỗ trợ\"}"));
        List<MimeMessage> escalated = awaitMail(m -> subject(m).startsWith("[LGSP] Sự cố số " + id + " chuyển Sở"), 2);
        assertEquals(Set.of(AUTHORITY_MAIL, OPERATOR_MAIL), recipients(escalated));
        JsonNode log = json(expect(200, send(Http.as(Tokens.AUTHORITY, INCIDENTS + "/" + id + "/log")))).get("items");
        assertEquals("authority", log.get(1).get("actor").asText());
        assertEquals("lgsp-authority", log.get(1).get("role").asText());
        assertEquals("ESCALATED", log.get(2).get("to").asText());
    }

    @Test
    void aPartyWithoutAnAddressIsMarkedUndeliverableForTheOperatorNotDropped() {
        String email = (String) Database.row("SELECT email::text AS email FROM agency WHERE code = 'H24.02'").get("email");
        Database.execute("UPDATE agency SET email = NULL WHERE code = 'H24.02'");
        long id;
        try {
            id = open("{\"title\":\"Lỗi đồng bộ\",\"noticeVi\":\"Đang kiểm tra\",\"severity\":\"LOW\","
                    + "\"category\":\"OTHER\",\"agencies\":[\"H24.02\"]}").get("id").asLong();
        } finally {
            Database.execute("UPDATE agency SET email = '" + email + "' WHERE code = 'H24.02'");
        }
        JsonNode undeliverable = json(expect(200, send(Http.as(Tokens.OPERATOR,
                "/admin/v1/notifications?status=UNDELIVERABLE&about=incident/" + id))));
        assertEquals(1, undeliverable.get("totalItems").asInt(), undeliverable.toString());
        JsonNode row = undeliverable.get("items").get(0);
        assertEquals("H24.02", row.get("agencyCode").asText());
        assertEquals("no contact address", row.get("lastError").asText());
        assertFalse(row.hasNonNull("recipient"));
        awaitMail(m -> subject(m).contains("Sự cố số " + id + ": Lỗi đồng bộ"), 1); // the operator's copy still goes
        // an agency admin reads their own agency's notifications only
        JsonNode own = json(expect(200, send(Http.as(Tokens.ADMIN_A, "/admin/v1/notifications?size=100"))));
        own.get("items").forEach(n -> assertEquals("H24.10", n.get("agencyCode").asText(), n.toString()));
        assertEquals(0, json(expect(200, send(Http.as(Tokens.ADMIN_A, "/admin/v1/notifications?about=incident/" + id))))
                .get("totalItems").asInt());
    }

    @Test
    void anAlertOpensOneIncidentWhileItFires() {
        String body = "{\"title\":\"Cảnh báo: tỷ lệ lỗi cao\",\"noticeVi\":\"Đang kiểm tra\",\"severity\":\"MEDIUM\","
                + "\"category\":\"AVAILABILITY\",\"source\":\"alert/error-rate/H24.06/dat-dai\"}";
        long first = open(body).get("id").asLong();
        assertEquals(first, open(body).get("id").asLong(), "the same firing alert: the same incident");
        expect(200, step(first, "{\"to\":\"DIAGNOSED\",\"note\":\"Quá tải\"}"));
        expect(200, step(first, "{\"to\":\"RESOLVED\"}"));
        assertTrue(open(body).get("id").asLong() > first, "after resolution, a new firing is a new incident");
        assertProblem(post(Tokens.OPERATOR, INCIDENTS, "{\"title\":\"x\",\"noticeVi\":\"y\",\"severity\":\"SEVERE\","
                + "\"category\":\"AVAILABILITY\",\"services\":[\"no/such\"]}"), 400, "validation-failed");
    }

    /**
     * A provider that stops answering raises one PROVIDER_DOWN alert, which opens one incident however many probes
     * fail; its recovery resolves the alert and is written in the incident's log. A second outage is a second alert
     * and a second incident, and resolving that incident resolves its alert.
     */
    @Test
    void aFiringAlertOpensOneIncidentAndItsResolutionIsKeptOnBothSides() throws Exception {
        HttpServer provider = MonitoringIT.provider(0);
        int port = provider.getAddress().getPort();
        String code = "su-co-canh-bao-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "VN/GOV/H24.06/dat-dai/" + code + "/v1";
        String probe = "/admin/v1/probes/H24.06/dat-dai/" + code + "/v1";
        GatewayIT.registerEchoLike(code, "http://127.0.0.1:" + port + "/lgsp", 2000);
        expect(200, call(Tokens.OPERATOR, "PUT", probe, "{\"intervalSeconds\":1,\"timeoutMs\":1000,\"httpPath\":\"/health\"}"));
        try {
            MonitoringIT.await("an UP probe", () -> probes(code, "UP") >= 1);
            provider.stop(0);
            provider = null;
            long alert = MonitoringIT.await("the PROVIDER_DOWN alert", () -> openAlert(subject));
            JsonNode incident = MonitoringIT.await("the alert's incident", () -> fromSource("alert/" + alert));
            long id = incident.get("id").asLong();
            assertEquals("CRITICAL", incident.get("severity").asText());
            assertEquals("AVAILABILITY", incident.get("category").asText());
            assertEquals("DETECTED", incident.get("state").asText());
            assertEquals("monitoring", incident.get("openedBy").asText());
            assertEquals(List.of("H24.06/dat-dai/" + code + "/v1"), texts(incident.get("services")));
            assertTrue(texts(incident.get("agencies")).contains("H24.06"), incident.toString());
            // However many probes fail: one alert, one incident.
            long downs = probes(code, "DOWN");
            MonitoringIT.await("three more DOWN probes", () -> probes(code, "DOWN") >= downs + 3);
            assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM alert WHERE subject = '" + subject + "'"));
            assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM incident WHERE title LIKE '%" + code + "%'"));

            // Recovery: the alert resolves itself and the incident's log says so; the incident stays the operator's.
            provider = MonitoringIT.provider(port);
            MonitoringIT.await("the alert resolved", () -> openAlert(subject) == null ? Boolean.TRUE : null);
            JsonNode entry = MonitoringIT.await("the alert's resolution in the incident log", () -> alertEntry(id, "RESOLVED"));
            assertEquals("monitoring", entry.get("actor").asText());
            assertEquals("DETECTED", json(expect(200, send(Http.as(Tokens.OPERATOR, INCIDENTS + "/" + id)))).get("state").asText());
            expect(200, step(id, "{\"to\":\"DIAGNOSED\",\"note\":\"Máy chủ khởi động lại\"}"));
            expect(200, step(id, "{\"to\":\"RESOLVED\"}"));

            // A second outage: a second alert, a second incident. Resolving it resolves its alert.
            provider.stop(0);
            provider = null;
            long second = MonitoringIT.await("a second alert", () -> openAlert(subject));
            assertTrue(second != alert);
            long secondIncident = MonitoringIT.await("its incident", () -> fromSource("alert/" + second)).get("id").asLong();
            assertTrue(secondIncident != id);
            expect(204, call(Tokens.OPERATOR, "DELETE", probe, "")); // no probe raises a third one meanwhile
            expect(200, step(secondIncident, "{\"to\":\"DIAGNOSED\",\"note\":\"Hết dung lượng đĩa\"}"));
            expect(200, step(secondIncident, "{\"to\":\"RESOLVED\"}"));
            assertEquals("RESOLVED", Database.row("SELECT state FROM alert WHERE id = " + second).get("state"));
            assertEquals(1L, Database.queryLong(Database.NAME, "SELECT count(*) FROM admin_audit WHERE entity_type = 'alert'"
                    + " AND entity_key = '" + second + "' AND action = 'RESOLVE'"));
            MonitoringIT.await("the second alert's resolution in its incident's log", () -> alertEntry(secondIncident, "RESOLVED"));
        } finally {
            call(Tokens.OPERATOR, "DELETE", probe, "");
            if (provider != null) {
                provider.stop(0);
            }
        }
    }

    private static long probes(String code, String state) {
        return Database.queryLong(Database.NAME, "SELECT count(*) FROM probe_result r JOIN service s ON s.id = r.service_id"
                + " WHERE s.service_code = '" + code + "' AND r.state = '" + state + "'");
    }

    private static Long openAlert(String subject) {
        long id = Database.queryLong(Database.NAME, "SELECT coalesce(max(id), 0) FROM alert WHERE subject = '" + subject
                + "' AND resolved_at IS NULL");
        return id == 0 ? null : id;
    }

    private static JsonNode fromSource(String source) {
        for (JsonNode i : json(expect(200, send(Http.as(Tokens.OPERATOR, INCIDENTS + "?size=100")))).get("items")) {
            if (source.equals(i.path("source").asText())) {
                return i;
            }
        }
        return null;
    }

    private static JsonNode alertEntry(long incident, String state) {
        for (JsonNode e : json(expect(200, send(Http.as(Tokens.OPERATOR, INCIDENTS + "/" + incident + "/log?size=100")))).get("items")) {
            if ("ALERT".equals(e.get("kind").asText()) && e.get("text").asText().contains(state)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The holiday calendar: seeded for 2026 and 2027, kept by the authority and the operator, read by oversight and
     * agency admins; working-day arithmetic that reaches a year without holidays is flagged in /health/ready and on
     * the status board until that year's holidays are recorded.
     */
    @Test
    void holidaysAreKeptThroughTheApiAndAYearWithoutThemIsFlagged() throws Exception {
        JsonNode y2026 = json(expect(200, send(Http.as(Tokens.AUDITOR, "/admin/v1/holidays?year=2026&size=100")))).get("items");
        JsonNode y2027 = json(expect(200, send(Http.as(Tokens.ADMIN_A, "/admin/v1/holidays?year=2027&size=100")))).get("items");
        assertEquals("2026-01-01", y2026.get(0).get("day").asText());
        List<String> days2027 = new ArrayList<>();
        y2027.forEach(h -> days2027.add(h.get("day").asText()));
        assertTrue(days2027.containsAll(List.of("2027-01-01", "2027-02-06", "2027-04-16", "2027-09-02")), days2027.toString());
        assertProblem(send(Http.as(Tokens.OPERATOR, "/admin/v1/holidays?year=hai-nghin")), 400, "invalid-parameter");

        long audit = Database.count("admin_audit");
        String day = "/admin/v1/holidays/2027-11-24";
        JsonNode added = json(expect(200, call(Tokens.AUTHORITY, "PUT", day,
                "{\"nameVi\":\"Ngày Văn hóa Việt Nam\",\"nameEn\":\"Vietnamese Culture Day\"}")));
        assertEquals("2027-11-24", added.get("day").asText());
        assertEquals(y2027.size() + 1, json(expect(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/holidays?year=2027"))))
                .get("totalItems").asInt());
        assertProblem(call(Tokens.OPERATOR, "PUT", "/admin/v1/holidays/2027-13-01", "{\"nameVi\":\"x\",\"nameEn\":\"x\"}"),
                400, "invalid-parameter");
        assertProblem(call(Tokens.OPERATOR, "PUT", day, "{\"nameVi\":\" \"}"), 400, "validation-failed");
        assertEquals(403, call(Tokens.ADMIN_A, "PUT", day, "{\"nameVi\":\"x\",\"nameEn\":\"x\"}").statusCode());
        expect(204, send(Http.as(Tokens.OPERATOR, day).DELETE()));
        assertProblem(send(Http.as(Tokens.OPERATOR, day).DELETE()), 404, "resource-not-found");
        assertEquals(audit + 2, Database.count("admin_audit"), "recorded and removed: two audit records");

        // A maintenance window in 2031, a year with no calendar: its office-hours check is flagged, not trusted.
        assertFalse(readyCalendar().path("missing").asText().contains("2031"));
        GatewayIT.registerEchoLike("lich-2031", Http.BASE + "/demo-provider/test/echo", 5000);
        String admin = "/admin/v1/services/H24.06/dat-dai/lich-2031/v1/maintenance-windows";
        Instant start = LocalDate.of(2031, 3, 2).atTime(1, 0).atZone(VIETNAM).toInstant(); // a Sunday night
        JsonNode window = json(expect(200, post(Tokens.OPERATOR, admin, window(start, ",\"noticeVi\":\"Nâng cấp\""))));
        assertTrue(readyCalendar().path("missing").asText().contains("2031"), readyCalendar().toString());
        assertTrue(readyCalendar().path("warning").asText().contains("2031"));
        assertTrue(texts(json(expect(200, send(Http.as(Tokens.OPERATOR, "/admin/v1/status")))).get("calendarMissingYears"))
                .contains("2031"));
        expect(200, call(Tokens.OPERATOR, "PUT", "/admin/v1/holidays/2031-01-01", "{\"nameVi\":\"Tết Dương lịch\","
                + "\"nameEn\":\"New Year's Day\"}"));
        assertFalse(readyCalendar().path("missing").asText().contains("2031"), "recorded: no longer flagged");
        expect(204, send(Http.as(Tokens.OPERATOR, "/admin/v1/holidays/2031-01-01").DELETE()));
        expect(200, send(Http.as(Tokens.OPERATOR, admin + "/" + window.get("maintenance").get(0).get("id").asLong()).DELETE()));
    }

    private static JsonNode readyCalendar() {
        for (JsonNode check : json(send(Http.request(Http.MANAGEMENT + "/health/ready"))).get("checks")) {
            if ("lgsp-holiday-calendar".equals(check.get("name").asText())) {
                assertEquals("UP", check.get("status").asText());
                return check.get("data");
            }
        }
        throw new AssertionError("no holiday-calendar readiness check");
    }

    /**
     * Two senders on this server race for the same outbox ({@code lgsp.notification.deliverers=2} in the ITs, started
     * together on every run): every notification is claimed by one of them, sent once and arrives once.
     */
    @Test
    void everyNotificationArrivesExactlyOnceWithTwoDeliverersRacing() throws Exception {
        String marker = "Thử gửi đồng thời " + UUID.randomUUID().toString().substring(0, 6);
        List<String> abouts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = open("{\"title\":\"" + marker + " " + i + "\",\"noticeVi\":\"Kiểm tra gửi thư\",\"severity\":\"LOW\","
                    + "\"category\":\"OTHER\",\"agencies\":[\"H24.06\",\"H24.10\"]}").get("id").asLong();
            abouts.add("'incident/" + id + "'");
        }
        String mine = "n.about IN (" + String.join(",", abouts) + ")";
        long rows = Database.queryLong(Database.NAME, "SELECT count(*) FROM notification n WHERE " + mine);
        assertEquals(120, rows, "the provider's and the consumer's agency and the operator, for each of 40 incidents");
        awaitMail(m -> subject(m).contains(marker), 120);
        Thread.sleep(6_000); // a further run of both senders: still nothing sent twice
        awaitMail(m -> subject(m).contains(marker), 120);
        assertEquals(120, Database.queryLong(Database.NAME, "SELECT count(*) FROM notification n WHERE " + mine
                + " AND n.status = 'SENT'"));
        assertEquals(120, Database.queryLong(Database.NAME, "SELECT count(*) FROM notification_attempt a"
                + " JOIN notification n ON n.id = a.notification_id WHERE " + mine + " AND a.outcome = 'SENT'"),
                "one sending attempt per notification");
        assertEquals(2, Database.queryLong(Database.NAME, "SELECT count(DISTINCT a.node) FROM notification_attempt a"
                + " JOIN notification n ON n.id = a.notification_id WHERE " + mine + " AND a.node IN ('lgsp-it#1', 'lgsp-it#2')"),
                "both senders took part");
    }

    /**
     * Windows over a whole provider system or the whole platform: the seven-day rule holds, the announcement goes once
     * to each address concerned, every service shows it, and the gateway answers 503 with Retry-After only inside it.
     */
    @Test
    void platformAndSystemWindowsFollowTheNoticeRulesAndRefuseCallsOnlyInside() throws Exception {
        String wide = "/admin/v1/maintenance-windows";
        assertProblem(post(Tokens.OPERATOR, wide, window(Instant.now().plus(Duration.ofDays(6)),
                ",\"noticeVi\":\"Nâng cấp nền tảng\"")), 400, "maintenance-notice-too-short");
        LocalDate sunday = LocalDate.now(VIETNAM).plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        JsonNode planned = json(expect(201, post(Tokens.OPERATOR, wide, window(sunday.atTime(1, 0).atZone(VIETNAM).toInstant(),
                ",\"noticeVi\":\"Nâng cấp nền tảng\",\"noticeEn\":\"Platform upgrade\""))));
        long id = planned.get("id").asLong();
        try {
            assertTrue(planned.get("target").asText().startsWith("*"), planned.toString());
            assertFalse(planned.hasNonNull("system"), "no system: every service of the platform");
            assertFalse(planned.get("emergency").asBoolean());
            List<Long> shown = new ArrayList<>();
            json(Http.get("/api/v1/services/H24.06/dat-dai/echo/v1/availability")).get("maintenance")
                    .forEach(w -> shown.add(w.get("id").asLong()));
            assertTrue(shown.contains(id), "every service shows the platform's window: " + shown);
            assertTrue(json(expect(200, send(Http.as(Tokens.AUDITOR, wide + "?size=100")))).get("items").findValues("id").stream()
                    .anyMatch(n -> n.asLong() == id));
            long sent = Database.queryLong(Database.NAME, "SELECT count(*) FROM notification WHERE about = 'maintenance/" + id + "'");
            assertTrue(sent >= 3, "the providers, their consumers and the operator: " + sent);
            assertEquals(sent, Database.queryLong(Database.NAME, "SELECT count(DISTINCT coalesce(recipient::text, agency_code))"
                    + " FROM notification WHERE about = 'maintenance/" + id + "'"), "once per address");
            assertEquals(403, post(Tokens.ADMIN_A, wide, window(sunday.atTime(1, 0).atZone(VIETNAM).toInstant(),
                    ",\"noticeVi\":\"x\"")).statusCode());
        } finally {
            expect(204, send(Http.as(Tokens.OPERATOR, wide + "/" + id).DELETE()));
        }
        assertProblem(send(Http.as(Tokens.OPERATOR, wide + "/" + id).DELETE()), 404, "resource-not-found");

        // Every service of one provider system, an emergency starting in a few seconds.
        GatewayIT.registerEchoLike("bao-tri-he-thong", Http.BASE + "/demo-provider/test/echo", 5000);
        Instant start = Instant.now().plusSeconds(10);
        Instant end = start.plusSeconds(8);
        JsonNode system = json(expect(201, post(Tokens.OPERATOR, wide + "?system=H24.06/dat-dai", "{\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + end + "\",\"noticeVi\":\"Bảo trì hệ thống đất đai\",\"emergency\":true,"
                + "\"emergencyReason\":\"Thay thiết bị lưu trữ hỏng\"}")));
        assertEquals("H24.06/dat-dai", system.get("system").asText());
        String path = "/r1/VN/GOV/H24.06/dat-dai/bao-tri-he-thong/x";
        expect(200, send(GatewayIT.call(Tokens.SYSTEM, path, ME)));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis()) + 1_000);
        HttpResponse<String> inside = send(GatewayIT.call(Tokens.SYSTEM, path, ME));
        assertEquals(503, inside.statusCode(), inside.body());
        long retryAfter = Long.parseLong(inside.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 9, "until the window ends: " + retryAfter);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), end).toMillis()) + 1_000);
        expect(200, send(GatewayIT.call(Tokens.SYSTEM, path, ME)));
        assertProblem(post(Tokens.OPERATOR, wide + "?system=H24.06/khong-co", window(sunday.atTime(1, 0)
                .atZone(VIETNAM).toInstant(), ",\"noticeVi\":\"x\"")), 404, "system-not-found");
    }

    /**
     * The other causes: an access request filed and decided, a service disabled — each told once to the provider's
     * and the consumer's agencies and the operator, in the same transaction as the change.
     */
    @Test
    void requestsPastTheirDueDateAreToldToTheirPartiesOnce() throws Exception {
        // A connection request whose five working days have passed, as an old one would be (the form's gate is
        // SystemConnectionIT's); and an organisational change filed through the API, then dated back a month.
        String system = "qua-han-" + UUID.randomUUID().toString().substring(0, 6);
        expect(201, post(Tokens.OPERATOR, "/admin/v1/systems", "{\"agencyCode\":\"H24.10\",\"systemCode\":\"" + system
                + "\",\"name\":\"Hệ thống quá hạn\",\"dataKind\":\"OTHER\"}"));
        long request = Database.queryLong(Database.NAME, "INSERT INTO connection_request (system_id, kind, status, purpose,"
                + " contact_name, contact_email, submitted_by, submitted_at, due_date) SELECT id, 'CONNECT', 'SUBMITTED',"
                + " 'Kết nối', 'C', 'c@soyte.haiphong.gov.vn', 'admin-yte', now() - interval '20 days', current_date - 10"
                + " FROM information_system WHERE system_code = '" + system + "' RETURNING id");
        expect(201, post(Tokens.OPERATOR, "/admin/v1/agencies", "{\"code\":\"H24.10.87\",\"name\":\"Phòng Quá hạn\","
                + "\"kind\":\"OTHER\",\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-01-05\"}"));
        long change = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/org-changes", "{\"kind\":\"RENAME\","
                + "\"effectiveDate\":\"" + LocalDate.now(VIETNAM).plusDays(30) + "\",\"predecessors\":[\"H24.10.87\"],"
                + "\"newName\":\"Phòng Đúng hạn\"}"))).get("id").asLong();
        Database.execute("UPDATE org_change SET proposed_at = now() - interval '30 days' WHERE id = " + change);

        runOverdueJob();
        assertToldOnce("connection-request/" + request, "CONNECTION_REQUEST_OVERDUE", "[LGSP] Đề nghị kết nối số " + request
                + " quá hạn xử lý", Set.of(CONSUMER_MAIL, OPERATOR_MAIL, AUTHORITY_MAIL));
        assertToldOnce("org-change/" + change, "ORG_CHANGE_OVERDUE", "[LGSP] Thay đổi tổ chức số " + change
                + " chờ xử lý quá hạn", Set.of(CONSUMER_MAIL, OPERATOR_MAIL, AUTHORITY_MAIL));
        String told = "SELECT count(*) FROM notification WHERE about IN ('connection-request/" + request + "', 'org-change/"
                + change + "')";
        long rows = Database.queryLong(Database.NAME, told);
        assertEquals(0, Database.queryLong(Database.NAME, "SELECT count(*) FROM connection_request WHERE id = " + request
                + " AND overdue_notified_at IS NULL"), "recorded as told");

        // Still overdue at the next run: nobody is told again.
        runOverdueJob();
        assertEquals(rows, Database.queryLong(Database.NAME, told), "told once per request");
        expect(200, post(Tokens.ADMIN_A, "/admin/v1/org-changes/" + change + "/withdraw", ""));
    }

    /** Makes the overdue job due now and waits (up to a minute) until a scheduler has run it. */
    private static void runOverdueJob() throws InterruptedException {
        String runs = "SELECT runs FROM monitor_job WHERE name = 'overdue-notices'";
        long before = Database.queryLong(Database.NAME, runs);
        Database.execute("UPDATE monitor_job SET due_at = now() WHERE name = 'overdue-notices'");
        Instant deadline = Instant.now().plusSeconds(60);
        while (Database.queryLong(Database.NAME, runs) == before) {
            assertTrue(Instant.now().isBefore(deadline), "the overdue job ran within a minute");
            Thread.sleep(500);
        }
    }

    @Test
    void requestsAndServiceChangesAreToldToTheAgenciesConcernedOnce() throws Exception {
        String code = "thong-bao-" + UUID.randomUUID().toString().substring(0, 6);
        String service = AccessRequestIT.publishedSoapService(code, "traCuu");
        String providerMail = (String) Database.row("SELECT email::text AS email FROM agency WHERE code = 'H24.03'").get("email");
        long id = json(expect(201, post(Tokens.ADMIN_A, "/admin/v1/access-requests", AccessRequestIT.request(service, null))))
                .get("id").asLong();
        assertToldOnce("access-request/" + id, "ACCESS_REQUEST_FILED", "[LGSP] Yêu cầu khai thác dữ liệu số " + id + ":",
                Set.of(providerMail, CONSUMER_MAIL, OPERATOR_MAIL));
        expect(200, post(Tokens.AUTHORITY, "/admin/v1/access-requests/" + id + "/approve", "{\"note\":\"Đồng ý\"}"));
        assertToldOnce("access-request/" + id, "ACCESS_REQUEST_APPROVED", "[LGSP] Yêu cầu khai thác dữ liệu số " + id
                + " được chấp thuận", Set.of(providerMail, CONSUMER_MAIL, OPERATOR_MAIL));

        expect(200, post(Tokens.ADMIN_B, "/admin/v1/services/" + service + "/disable",
                "{\"noticeVi\":\"Nâng cấp phần mềm hộ tịch\",\"noticeEn\":\"Civil status software upgrade\"}"));
        List<MimeMessage> disabled = assertToldOnce(null, "SERVICE_DISABLED", "[LGSP] Dịch vụ " + service + " tạm ngừng",
                Set.of(providerMail, CONSUMER_MAIL, OPERATOR_MAIL));
        String body = (String) disabled.get(0).getContent();
        assertTrue(body.contains("Nâng cấp phần mềm hộ tịch") && body.contains("Service " + service + " is disabled"), body);
    }

    /** The notifications of a kind (about one thing, if given) arrive once per address, including {@code wanted}. */
    private static List<MimeMessage> assertToldOnce(String about, String kind, String subject, Set<String> wanted) {
        long rows = Database.queryLong(Database.NAME, "SELECT count(*) FROM notification WHERE kind = '" + kind + "'"
                + (about == null ? "" : " AND about = '" + about + "'") + " AND recipient IS NOT NULL"
                + " AND subject LIKE '" + subject.replace("'", "''") + "%'");
        List<MimeMessage> received = awaitMail(m -> subject(m).startsWith(subject), (int) rows);
        Set<String> to = recipients(received);
        assertTrue(to.containsAll(wanted), "told: " + to);
        assertEquals(received.size(), to.size(), "once per address: " + to);
        return received;
    }

    @Test
    void maintenanceIsAnnouncedSevenDaysAheadOrFlaggedAsAnEmergencyWithItsReason() throws Exception {
        GatewayIT.registerEchoLike("bao-tri-7", Http.BASE + "/demo-provider/test/echo", 5000);
        String admin = "/admin/v1/services/H24.06/dat-dai/bao-tri-7/v1/maintenance-windows";
        Instant now = Instant.now();
        String sixDays = window(now.plus(Duration.ofDays(6)), ",\"noticeVi\":\"Nâng cấp cơ sở dữ liệu\"");
        JsonNode refused = assertProblem(post(Tokens.OPERATOR, admin, sixDays), 400, "maintenance-notice-too-short");
        assertTrue(refused.get("detail").asText().contains("7 ngày"), refused.toString());
        HttpResponse<String> english = send(Http.as(Tokens.OPERATOR, admin).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(sixDays)));
        assertTrue(assertProblem(english, 400, "maintenance-notice-too-short").get("detail").asText().contains("7 days"));
        assertEquals(0, json(Http.get("/api/v1/services/H24.06/dat-dai/bao-tri-7/v1/availability")).get("maintenance").size(),
                "nothing stored");
        assertProblem(post(Tokens.OPERATOR, admin, window(now, ",\"noticeVi\":\"Sửa gấp\",\"emergency\":true")), 400,
                "validation-failed");

        // Outside office hours: a Sunday night at least seven days ahead. Inside them (a working day's morning), a
        // planned window says why it cannot wait, and is flagged.
        LocalDate sunday = LocalDate.now(VIETNAM).plusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        JsonNode planned = json(expect(200, post(Tokens.OPERATOR, admin, window(sunday.atTime(1, 0).atZone(VIETNAM).toInstant(),
                ",\"noticeVi\":\"Nâng cấp cơ sở dữ liệu\",\"noticeEn\":\"Database upgrade\""))));
        assertFalse(planned.get("maintenance").get(0).get("emergency").asBoolean());
        assertFalse(planned.get("maintenance").get(0).get("duringOfficeHours").asBoolean());
        LocalDate workday = LocalDate.now(VIETNAM).plusDays(8);
        while (workday.getDayOfWeek() == DayOfWeek.SATURDAY || workday.getDayOfWeek() == DayOfWeek.SUNDAY
                || Database.queryLong(Database.NAME, "SELECT count(*) FROM public_holiday WHERE day = '" + workday + "'") > 0) {
            workday = workday.plusDays(1);
        }
        String morning = window(workday.atTime(9, 0).atZone(VIETNAM).toInstant(), ",\"noticeVi\":\"Thay ổ đĩa\"");
        assertEquals("officeHoursReason", assertProblem(post(Tokens.OPERATOR, admin, morning), 400, "validation-failed")
                .get("errors").get(0).get("field").asText());
        JsonNode daytime = json(expect(200, post(Tokens.OPERATOR, admin, morning.replace("}",
                ",\"officeHoursReason\":\"Nhà cung cấp chỉ hỗ trợ trong giờ hành chính\"}"))));
        JsonNode flagged = daytime.get("maintenance").findParents("officeHoursReason").stream()
                .filter(w -> w.hasNonNull("officeHoursReason")).findFirst().orElseThrow();
        assertTrue(flagged.get("duringOfficeHours").asBoolean());
        expect(200, send(Http.as(Tokens.OPERATOR, admin + "/" + flagged.get("id").asLong()).DELETE()));
        JsonNode emergency = json(expect(200, post(Tokens.OPERATOR, admin, window(now.plusSeconds(3600),
                ",\"noticeVi\":\"Vá lỗ hổng\",\"emergency\":true,\"emergencyReason\":\"Lỗ hổng đang bị khai thác\""))));
        JsonNode urgent = emergency.get("maintenance").get(0);
        assertTrue(urgent.get("emergency").asBoolean());
        assertEquals("Lỗ hổng đang bị khai thác", urgent.get("emergencyReason").asText());

        String sundayStart = "01:00 " + sunday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        List<MimeMessage> announced = awaitMail(m -> subject(m).startsWith("[LGSP] Lịch bảo trì dịch vụ "
                + "H24.06/dat-dai/bao-tri-7/v1: " + sundayStart), 3);
        assertEquals(Set.of(PROVIDER_MAIL, CONSUMER_MAIL, OPERATOR_MAIL), recipients(announced));
        List<MimeMessage> urgentMail = awaitMail(m -> subject(m).startsWith("[LGSP] Bảo trì khẩn cấp dịch vụ H24.06/dat-dai/bao-tri-7/v1"), 3);
        String body = (String) urgentMail.get(0).getContent();
        assertTrue(body.contains("Lỗ hổng đang bị khai thác") && body.contains("Why it cannot wait"), body);

        // 24 hours before a window the parties are reminded (the planned window is moved there, as time would), and
        // told when it has ended.
        long plannedId = planned.get("maintenance").get(0).get("id").asLong();
        Database.execute("UPDATE service_maintenance SET starts_at = now() + interval '2 hours', ends_at = now()"
                + " + interval '3 hours', created_at = now() - interval '7 days' WHERE id = " + plannedId);
        assertEquals(Set.of(PROVIDER_MAIL, CONSUMER_MAIL, OPERATOR_MAIL), recipients(awaitMail(
                m -> subject(m).startsWith("[LGSP] Nhắc lịch bảo trì dịch vụ H24.06/dat-dai/bao-tri-7/v1"), 3)));
        expect(200, post(Tokens.OPERATOR, admin, "{\"startsAt\":\"" + now.minusSeconds(60) + "\",\"endsAt\":\""
                + Instant.now().plusSeconds(2) + "\",\"noticeVi\":\"Khởi động lại\",\"emergency\":true,"
                + "\"emergencyReason\":\"Treo tiến trình\"}"));
        assertEquals(Set.of(PROVIDER_MAIL, CONSUMER_MAIL, OPERATOR_MAIL), recipients(awaitMail(
                m -> subject(m).startsWith("[LGSP] Kết thúc bảo trì dịch vụ H24.06/dat-dai/bao-tri-7/v1"), 3)));
        for (JsonNode w : emergency.get("maintenance")) {
            expect(200, send(Http.as(Tokens.OPERATOR, admin + "/" + w.get("id").asLong()).DELETE()));
        }
    }

    static String window(Instant start, String rest) {
        return "{\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(2)) + "\"" + rest + "}";
    }

    /**
     * The messages the SMTP server received that match, once {@code expected} of them have arrived (waiting at most
     * {@link #MAIL_WAIT}: delivery runs every few seconds); fails if more or fewer arrived — each is sent once.
     */
    static List<MimeMessage> awaitMail(Predicate<MimeMessage> wanted, int expected) {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        List<MimeMessage> found;
        do {
            found = Arrays.stream(smtp.getReceivedMessages()).filter(wanted).toList();
            if (found.size() >= expected) {
                break;
            }
            smtp.waitForIncomingEmail(2000, smtp.getReceivedMessages().length + 1);
        } while (Instant.now().isBefore(deadline));
        assertEquals(expected, found.size(), "messages received: " + Arrays.stream(smtp.getReceivedMessages())
                .map(IncidentIT::subject).toList());
        return found;
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> recipients(List<MimeMessage> messages) {
        Set<String> to = new TreeSet<>();
        for (MimeMessage m : messages) {
            try {
                Arrays.stream(m.getAllRecipients()).forEach(a -> to.add(a.toString()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

}
