package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who calls the simulated instance: the member its bearer token was issued to, which must also be the client the
 * message names ({@code X-Road-Client} or {@code xrd:client}) — as a national security server checks that the
 * client subsystem is the one its certificate or token belongs to.
 */
@ApplicationScoped
public class Callers {

    @Inject
    IssuedTokens tokens;

    @Inject
    SimulatorSettings settings;

    /** The calling member ({@code memberClass/memberCode/subsystemCode}), or the refusal. */
    public String verify(String authorization, String namedClient) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        IssuedTokens.Issued issued = tokens.holder(token).orElseThrow(() -> new Refusal(401,
                "Server.ServerProxy.AuthenticationFailed", "Thiếu hoặc sai mã truy cập của nền tảng quốc gia",
                "Missing or invalid national platform access token"));
        String expected = settings.instance() + "/" + issued.clientId();
        if (!expected.equals(namedClient)) {
            throw new Refusal(403, "Server.ServerProxy.InvalidClient", "Bên gọi " + namedClient
                    + " không phải thành viên " + expected + " đã được cấp mã truy cập", "The client " + namedClient
                    + " is not the member " + expected + " the token was issued to");
        }
        return issued.clientId();
    }
}
