package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data use outside the gateway (Quy chế Đ.11.5; {@code GET /admin/v1/statistics/data-use}): a system's reads of the
 * REST read API — through the container's chain and answered again at the edge — and of the SOAP code-list and registry
 * services are counted per system, resource and protocol with the bytes sent; an officer's reads and failed reads are
 * not; each caller sees only its part; bad questions are 400s.
 */
@ExtendWith(ArquillianExtension.class)
class DataUseIT {

    static final String READER = "H24.03/ho-tich";
    static final String READER_NAME = "VN/GOV/H24.03/ho-tich";
    static final String DATA_USE = "/admin/v1/statistics/data-use";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSystemsReadsAreCountedPerResourceAndProtocolWithTheBytesSentAndEachCallerSeesItsPart() throws Exception {
        // Read within one fresh minute, so the minute's figures are exactly this test's reads, whatever came before.
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Thread.sleep(Math.max(0, minute.toEpochMilli() - System.currentTimeMillis()) + 200);
        String items = "/api/v1/code-lists/dan-toc/items?size=5";
        HttpResponse<String> first = Http.expect(200, send(Http.as(READER, items)));
        HttpResponse<String> again = Http.expect(200, send(Http.as(READER, items))); // kept: answered at the edge
        Http.expect(200, send(Http.as(READER, "/api/v1/agencies/H24")));
        Http.expect(200, send(Http.as(Tokens.ADMIN_B, items)));                         // an officer: not counted
        assertEquals(404, send(Http.as(READER, "/api/v1/code-lists/khong-co/items")).statusCode()); // nothing read
        HttpResponse<String> soapAnswer = Http.expect(200, send(soap("/ws/CodeListService")
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                        + "<getItems xmlns=\"http://lgsp.haiphong.gov.vn/ws/codelist/v1\"><list>dan-toc</list></getItems>"
                        + "</s:Body></s:Envelope>"))));
        Http.expect(200, send(soap("/ws/RegistryService").header("Content-Type", "text/xml; charset=utf-8")
                .POST(BodyPublishers.ofString(SecurityIT.getAgencyEnvelope("H24")))));
        assertTrue(Instant.now().isBefore(minute.plusSeconds(55)), "the reads took most of a minute");

        // Stored within 20 s (the flush); the minute holds exactly these reads.
        String question = DATA_USE + "?bucket=minute&from=" + minute + "&to=" + minute.plusSeconds(60)
                + "&consumer=" + READER_NAME;
        JsonNode use = MonitoringIT.await("the reads stored", () -> {
            JsonNode answer = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, question))));
            return answer.get("reads").asLong() >= 4 ? answer : null;
        });
        Thread.sleep(21_000); // one more flush: nothing else comes
        use = json(Http.expect(200, send(Http.as(Tokens.OPERATOR, question))));
        assertEquals(List.of("code-lists/dan-toc REST 2", "agencies REST 1", "code-lists/dan-toc SOAP 1", "agencies SOAP 1")
                .stream().sorted().toList(), rows(use).stream().sorted().toList(), use.toString());
        assertEquals(5, use.get("reads").asLong());
        long restBytes = row(use, "code-lists/dan-toc", "REST").get("bytes").asLong();
        long body = first.body().getBytes(StandardCharsets.UTF_8).length;
        assertEquals(body, again.body().getBytes(StandardCharsets.UTF_8).length);
        assertTrue(restBytes >= 2 * body && restBytes < 2 * body + 1024, restBytes + " bytes for 2 × " + body);
        long soapBytes = row(use, "code-lists/dan-toc", "SOAP").get("bytes").asLong();
        assertTrue(soapBytes >= soapAnswer.body().getBytes(StandardCharsets.UTF_8).length, soapBytes + " bytes");
        assertEquals("H24.03", row(use, "agencies", "SOAP").get("consumerAgency").asText());
        // Filters narrow it; hours and days hold the same reads.
        assertEquals(1, json(send(Http.as(Tokens.AUDITOR, question + "&resource=code-lists/dan-toc&protocol=soap")))
                .get("reads").asLong());
        JsonNode day = json(Http.expect(200, send(Http.as(Tokens.AUTHORITY, DATA_USE + "?bucket=day&from=" + minute
                + "&to=" + minute.plusSeconds(60) + "&consumer=" + READER_NAME + "&resource=code-lists/dan-toc"))));
        assertTrue(day.get("reads").asLong() >= 3, day.toString());

        // Each caller its part: the reader's agency admin and the reader itself see it; another agency, another system do not.
        String mine = DATA_USE + "?bucket=minute&from=" + minute + "&to=" + minute.plusSeconds(60);
        assertEquals(5, json(Http.expect(200, send(Http.as(Tokens.ADMIN_B, mine)))).get("reads").asLong());
        assertEquals(5, json(Http.expect(200, send(Http.as(READER, mine)))).get("reads").asLong());
        for (String other : List.of(Tokens.ADMIN_A, Tokens.SYSTEM)) {
            JsonNode seen = json(Http.expect(200, send(Http.as(other, mine))));
            seen.get("rows").forEach(r -> assertTrue(!r.get("consumer").asText().equals(READER_NAME), other + ": " + seen));
        }

        for (String bad : List.of("service=VN/GOV/H24.06/dat-dai/echo", "resource=ho-so", "protocol=ftp",
                "consumer=VN/GOV/H24.03/khong-co", "consumerAgency=H99", "bucket=week")) {
            AgencyRestIT.assertProblem(send(Http.as(Tokens.OPERATOR, DATA_USE + "?" + bad)), 400, "invalid-parameter");
        }
        assertEquals(401, send(Http.request(DATA_USE)).statusCode());
    }

    /** A SOAP request as the reader (bearer token), without the JSON Accept of {@link Http#as}. */
    private static java.net.http.HttpRequest.Builder soap(String path) {
        return Http.request(path).header("Authorization", "Bearer " + Tokens.of(READER));
    }

    private static List<String> rows(JsonNode use) {
        List<String> rows = new ArrayList<>();
        use.get("rows").forEach(r -> rows.add(r.get("resource").asText() + " " + r.get("protocol").asText() + " "
                + r.get("reads").asLong()));
        return rows;
    }

    private static JsonNode row(JsonNode use, String resource, String protocol) {
        for (JsonNode r : use.get("rows")) {
            if (r.get("resource").asText().equals(resource) && r.get("protocol").asText().equals(protocol)) {
                return r;
            }
        }
        throw new AssertionError(resource + " " + protocol + " not in " + use);
    }
}
