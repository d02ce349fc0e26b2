package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.get;
import static vn.gov.haiphong.lgsp.it.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness follows PostgreSQL: the test database is made to refuse connections (and its sessions
 * are cut), then allowed again; no restart in between.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    private static final String READY = Http.MANAGEMENT + "/health/ready";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void databaseBack() {
        Database.admin("ALTER DATABASE " + Database.NAME + " ALLOW_CONNECTIONS true");
    }

    @Test
    void downWhileTheDatabaseIsUnreachableAndUpWhenItReturns() {
        assertDatabaseCheck(200, "UP");

        Database.admin("ALTER DATABASE " + Database.NAME + " ALLOW_CONNECTIONS false");
        Database.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + Database.NAME + "'");
        assertDatabaseCheck(503, "DOWN");
        HttpResponse<String> unavailable = get("/api/v1/agencies/H24");
        AgencyRestIT.assertProblem(unavailable, 503, "service-unavailable");
        assertTrue(unavailable.headers().firstValue("Retry-After").isPresent());

        Database.admin("ALTER DATABASE " + Database.NAME + " ALLOW_CONNECTIONS true");
        assertDatabaseCheck(200, "UP");
        assertEquals(200, get("/api/v1/agencies/H24").statusCode());
    }

    /** Polls until the expected answer (the pool notices a dead connection on its next use). */
    private static void assertDatabaseCheck(int status, String state) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> response;
        do {
            response = get(READY);
            if (response.statusCode() == status && databaseState(json(response)).equals(state)) {
                return;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(state, databaseState(json(response)), response.body());
    }

    private static String databaseState(JsonNode health) {
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("lgsp-database")) {
                return check.get("status").asText();
            }
        }
        return "MISSING";
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
