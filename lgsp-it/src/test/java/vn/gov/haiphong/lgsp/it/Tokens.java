package vn.gov.haiphong.lgsp.it;

import static vn.gov.haiphong.lgsp.it.Http.json;
import static vn.gov.haiphong.lgsp.it.Http.q;
import static vn.gov.haiphong.lgsp.it.Http.request;
import static vn.gov.haiphong.lgsp.it.Http.send;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the Keycloak the build started (realm files in wildfly-config/keycloak):
 * officers by password grant, information systems by client credentials. Cached for the run's
 * first minutes; tokens live five minutes.
 */
public final class Tokens {

    public static final String REALM = System.getProperty("it.oidc.url", "http://127.0.0.1:8380/realms/lgsp");
    public static final String OTHER_REALM = REALM.replace("/realms/lgsp", "/realms/other");

    /** The demo callers, by the name the tests use. */
    public static final String OPERATOR = "operator";
    public static final String AUTHORITY = "authority";
    public static final String AUDITOR = "auditor";
    /** agency-admin of Sở Y tế (H24.10). */
    public static final String ADMIN_A = "admin-yte";
    /** agency-admin of Sở Tư pháp (H24.03). */
    public static final String ADMIN_B = "admin-tuphap";
    /** The hospital information system of Sở Y tế (H24.10). */
    public static final String SYSTEM = "H24.10/his";

    private static final Map<String, String> SECRETS = Map.of(
            "H24.10/his", "demo-secret-his",
            "H24.06/dat-dai", "demo-secret-dat-dai",
            "H24.03/ho-tich", "demo-secret-ho-tich",
            "H24.101/mot-cua", "demo-secret-mot-cua",
            "other-app", "other-app-secret",
            "short-lived", "short-lived-secret");
    /** Tokens kept per caller until a minute before they expire: a slow run outlives the realm's 5-minute tokens. */
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, long expiresAtMillis) {
        boolean fresh() {
            return System.currentTimeMillis() < expiresAtMillis - 60_000;
        }
    }

    private Tokens() {
    }

    /** A token for a demo officer ({@code operator}, {@code admin-yte}, …) or system ({@code H24.10/his}). */
    public static String of(String caller) {
        return CACHE.compute(caller, (c, kept) -> kept != null && kept.fresh() ? kept : issue(REALM, SECRETS.containsKey(c)
                ? "grant_type=client_credentials&client_id=" + q(c) + "&client_secret=" + q(SECRETS.get(c))
                : "grant_type=password&client_id=lgsp-portal&username=" + q(c) + "&password=" + q("demo-" + c))).token();
    }

    /**
     * An unsigned token ({@code alg: none}, signature {@code x}) that claims every oversight role, the issuer and
     * audience the platform expects, and a name of its own ({@code attacker}) — what a caller can write by hand.
     */
    public static String forged() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long exp = System.currentTimeMillis() / 1000 + 3600;
        String payload = "{\"iss\":\"" + REALM + "\",\"aud\":\"lgsp-api\",\"typ\":\"Bearer\",\"exp\":" + exp
                + ",\"sub\":\"00000000-0000-0000-0000-000000000000\",\"azp\":\"lgsp-portal\","
                + "\"preferred_username\":\"attacker\",\"agency_code\":\"H24.10\",\"realm_access\":{\"roles\":"
                + "[\"lgsp-operator\",\"lgsp-authority\",\"auditor\",\"agency-admin\",\"system\"]}}";
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".x";
    }

    public static String password(String user, String password) {
        return token(REALM, "grant_type=password&client_id=lgsp-portal&username=" + q(user) + "&password=" + q(password));
    }

    public static String clientCredentials(String realm, String clientId, String secret) {
        return token(realm, "grant_type=client_credentials&client_id=" + q(clientId) + "&client_secret=" + q(secret));
    }

    private static String token(String realm, String form) {
        return issue(realm, form).token();
    }

    private static Issued issue(String realm, String form) {
        HttpResponse<String> response = send(request(realm + "/protocol/openid-connect/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token (" + response.statusCode() + "): " + response.body());
        }
        var answer = json(response);
        return new Issued(answer.get("access_token").asText(),
                System.currentTimeMillis() + answer.get("expires_in").asLong() * 1000);
    }
}
