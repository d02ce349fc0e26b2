package vn.gov.haiphong.lgsp.it;

import static vn.gov.haiphong.lgsp.it.Http.expect;
import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The tests' realm stores client-login events (token grants by client credentials); the test client
 * {@code event-reader} may read them. Lets a test count how often a client asked Keycloak for a token.
 */
final class KeycloakEvents {

    private KeycloakEvents() {
    }

    /** How many tokens {@code clientId} has been granted by client credentials since the realm started. */
    static int clientLogins(String clientId) {
        String reader = Tokens.clientCredentials(Tokens.REALM, "event-reader", "event-reader-secret");
        String events = Tokens.REALM.replace("/realms/", "/admin/realms/") + "/events?type=CLIENT_LOGIN&max=100000&client="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8);
        return json(expect(200, send(request(events).header("Authorization", "Bearer " + reader)))).size();
    }
}
