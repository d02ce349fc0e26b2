package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding exchanges in the log ({@code GET /admin/v1/exchanges}): the consumer and the provider each find
 * their exchange, their agencies' admins and the oversight roles too; nobody else does.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theConsumerTheProviderTheirAgenciesAndOversightFindAnExchangeNobodyElseDoes() {
        String id = "search-" + UUID.randomUUID();
        Http.expect(200, send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/mau", GatewayIT.ME).header("X-Road-Id", id)
                .POST(BodyPublishers.ofString("{\"tim\":\"kiem\"}"))));

        Map<String, Integer> found = new LinkedHashMap<>();
        for (String caller : new String[] {Tokens.SYSTEM, "H24.06/dat-dai", Tokens.ADMIN_A, Tokens.OPERATOR,
            Tokens.AUTHORITY, Tokens.AUDITOR, "H24.101/mot-cua", "H24.03/ho-tich", Tokens.ADMIN_B}) {
            found.put(caller, json(Http.expect(200, send(Http.as(caller, "/admin/v1/exchanges?xroadId=" + id))))
                    .get("items").size());
        }
        assertEquals(Map.of(Tokens.SYSTEM, 1, "H24.06/dat-dai", 1, Tokens.ADMIN_A, 1, Tokens.OPERATOR, 1,
                Tokens.AUTHORITY, 1, Tokens.AUDITOR, 1, "H24.101/mot-cua", 0, "H24.03/ho-tich", 0, Tokens.ADMIN_B, 0), found);

        JsonNode page = json(send(Http.as("H24.06/dat-dai", "/admin/v1/exchanges?service=VN/GOV/H24.06/dat-dai/echo"
                + "&client=VN/GOV/H24.10/his&status=200&size=5")));
        JsonNode first = page.get("items").get(0);
        assertEquals(id, first.get("exchange").get("xroadId").asText(), page.toString());
        assertEquals("VN/GOV/H24.06/dat-dai/echo", first.get("exchange").get("service").asText());
        assertEquals("/mau", first.get("exchange").get("operation").asText());
        assertEquals("{\"tim\":\"kiem\"}".length(), first.get("exchange").get("requestBytes").asLong());
        assertEquals(64, first.get("exchange").get("requestSha256").asText().length());
        assertEquals(5, page.get("size").asInt());
        // Another window (last year): nothing. A window over 31 days, a bad status, an instant that is none: 400.
        Instant yearAgo = Instant.now().minusSeconds(365L * 86_400);
        assertEquals(0, json(send(Http.as(Tokens.SYSTEM, "/admin/v1/exchanges?xroadId=" + id + "&from=" + yearAgo
                + "&to=" + yearAgo.plusSeconds(86_400)))).get("items").size());
        for (String bad : new String[] {"from=" + yearAgo, "status=ok", "to=yesterday", "size=1000"}) {
            AgencyRestIT.assertProblem(send(Http.as(Tokens.SYSTEM, "/admin/v1/exchanges?" + bad)), 400, bad.startsWith("size")
                    ? "validation-failed" : "invalid-parameter");
        }
    }
}
