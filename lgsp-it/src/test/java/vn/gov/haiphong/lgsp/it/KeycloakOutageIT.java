package vn.gov.haiphong.lgsp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak briefly down: tokens issued before keep validating (the signing keys are cached), a
 * legacy SOAP caller's cached exchange keeps working, a new Basic exchange says the platform is
 * unavailable rather than that the secret is wrong. Keycloak is restarted on the same database
 * (same keys) afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void keycloakBack() throws Exception {
        keycloak("start", System.getProperty("it.keycloak.port"), System.getProperty("it.keycloak.management-port"),
                "--keep-data");
    }

    @Test
    void tokensKeepValidatingWhileKeycloakIsDown() throws Exception {
        String operator = Tokens.of(Tokens.OPERATOR);
        assertEquals(200, send(Http.as(Tokens.OPERATOR, "/api/v1/agencies/H24")).statusCode());
        assertEquals(200, SecurityIT.soapWithBasic("H24.10/his", "demo-secret-his").statusCode(), "exchanged and cached");

        keycloak("stop");
        assertThrows(UncheckedIOException.class,
                () -> send(request(Tokens.REALM + "/.well-known/openid-configuration")), "Keycloak is down");

        assertEquals(200, send(request("/api/v1/agencies/H24").header("Authorization", "Bearer " + operator))
                .statusCode(), "validated with the cached keys");
        assertEquals(200, SecurityIT.soapWithBasic("H24.10/his", "demo-secret-his").statusCode(), "from the exchange cache");
        HttpResponse<String> unavailable = SecurityIT.soapWithBasic("H24.03/ho-tich", "demo-secret-ho-tich");
        assertEquals(500, unavailable.statusCode(), unavailable.body());
        assertTrue(unavailable.body().contains("<lgsp:code>service-unavailable</lgsp:code>"), unavailable.body());
    }

    private static void keycloak(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("it.keycloak.script"), args[0],
                System.getProperty("it.keycloak.home")));
        command.addAll(List.of(args).subList(1, args.length));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertTrue(process.waitFor(200, TimeUnit.SECONDS) && process.exitValue() == 0, "keycloak.sh " + args[0]);
    }
}
