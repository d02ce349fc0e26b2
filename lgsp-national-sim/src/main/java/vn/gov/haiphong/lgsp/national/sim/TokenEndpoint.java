package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The instance's token endpoint (OAuth 2.0 client credentials, RFC 6749 §4.4): a member authenticates with its client
 * id and secret — HTTP Basic or form fields, as RFC 6749 §2.3.1 allows — and receives a bearer token for the
 * instance's services. Errors are RFC 6749 §5.2 errors.
 */
@Path("token")
public class TokenEndpoint {

    @Inject
    SimulatorSettings settings;

    @Inject
    IssuedTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String formId,
                          @FormParam("client_secret") String formSecret, @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return error(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        String[] basic = basic(authorization);
        String clientId = basic != null ? basic[0] : formId;
        String secret = basic != null ? basic[1] : formSecret;
        if (clientId == null || secret == null || settings.secretOf(clientId).filter(s -> same(s, secret)).isEmpty()) {
            return error(401, "invalid_client", "unknown client or wrong secret");
        }
        return Response.ok(Json.createObjectBuilder().add("access_token", tokens.issue(clientId))
                        .add("token_type", "Bearer").add("expires_in", settings.tokenLifetime().toSeconds()).build())
                .header("Cache-Control", "no-store").build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            // RFC 6749 §2.3.1: the id and the secret are form-encoded before the Basic encoding
            return colon < 0 ? null : new String[] {URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static Response error(int status, String error, String description) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", error).add("error_description", description).build());
        return status == 401 ? answer.header("WWW-Authenticate", "Basic realm=\"national\"").build() : answer.build();
    }
}
