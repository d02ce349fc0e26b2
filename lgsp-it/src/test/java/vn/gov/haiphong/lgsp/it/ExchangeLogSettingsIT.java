package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What reconfigures the exchange log on a running server. The start-time switch {@code lgsp.exchange-log.enabled}
 * set as a system property through the management interface, as a benchmark once did, changes nothing: exchanges are
 * still recorded and the node stays ready. A service's body logging, set by an admin, is in the admin audit.
 */
@ExtendWith(ArquillianExtension.class)
class ExchangeLogSettingsIT {

    private static final String SWITCH = "lgsp.exchange-log.enabled";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theSwitchSetOnARunningServerChangesNothing() throws IOException {
        assertEquals("UP", exchangeLogReadiness());
        ModelNode add = systemProperty("add");
        add.get("value").set("false");
        management(add);
        try {
            assertEquals("false", jvmSystemProperty(SWITCH), "the JVM has the property");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = send(GatewayIT.call(Tokens.SYSTEM, GatewayIT.ECHO + "/sau-cong-tac/" + i,
                        GatewayIT.ME));
                assertEquals(200, answer.statusCode(), answer.body());
                String id = answer.headers().firstValue("X-Road-Id").orElseThrow();
                assertEquals(1, Database.queryLong(Database.NAME,
                        "SELECT count(*) FROM exchange_log WHERE xroad_id = '" + id + "'"), "exchange " + id + " recorded");
            }
            assertEquals("UP", exchangeLogReadiness());
        } finally {
            management(systemProperty("remove"));
        }
    }

    @Test
    void aServicesBodyLoggingIsInTheAdminAudit() {
        GatewayIT.registerEchoLike("giu-noi-dung-kiem-toan", Http.BASE + "/demo-provider/test/echo", 5000, true);
        JsonNode audit = json(send(Http.as(Tokens.AUDITOR, "/admin/v1/audit?entityType=service&entityKey="
                + q("H24.06/dat-dai/giu-noi-dung-kiem-toan/v1"))));
        JsonNode registered = null;
        for (JsonNode entry : audit.get("items")) {
            if (entry.get("action").asText().equals("REGISTER")) {
                registered = entry;
            }
        }
        assertTrue(registered != null, audit.toString());
        assertEquals("operator", registered.get("actorName").asText(), registered.toString());
        assertTrue(registered.get("newValue").get("logBodies").asBoolean(), registered.toString());
    }

    private ModelNode systemProperty(String operation) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", SWITCH);
        return op;
    }

    private void management(ModelNode op) throws IOException {
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    /** The property as the server's JVM holds it now (its runtime MXBean). */
    private String jvmSystemProperty(String name) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("core-service", "platform-mbean").add("type", "runtime");
        op.get("name").set("system-properties");
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").get(name).asString();
    }

    private static String exchangeLogReadiness() {
        JsonNode health = json(send(Http.request(Http.MANAGEMENT + "/health/ready")));
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("lgsp-exchange-log")) {
                return check.get("status").asText();
            }
        }
        return "MISSING: " + health;
    }
}
