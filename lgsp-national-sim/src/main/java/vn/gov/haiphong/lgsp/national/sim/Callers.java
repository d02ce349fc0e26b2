package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Who calls the simulated instance: the member its bearer token was issued to, or — when it sends no token — the member
 * its TLS client certificate was issued to (the certificate's {@code CN}, mapped to a member by
 * {@code national.sim.certificate-clients}; the listener that asked for it has already checked that the instance
 * trusts it). That member must also be the client the message names ({@code X-Road-Client} or {@code xrd:client}) —
 * as a national security server checks that the client subsystem is the one its certificate or token belongs to.
 */
@ApplicationScoped
public class Callers {

    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Inject
    IssuedTokens tokens;

    @Inject
    SimulatorSettings settings;

    /** The verified client certificate's subject, if the connection came with one. */
    public static String certificateSubject(HttpServletRequest request) {
        return request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0
                ? chain[0].getSubjectX500Principal().getName() : null;
    }

    /** The calling member ({@code memberClass/memberCode/subsystemCode}), or the refusal. */
    public String verify(String authorization, String certificateSubject, String namedClient) {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        String member = token == null && certificateSubject != null
                ? settings.certificateClient(commonName(certificateSubject)).orElse(null)
                : tokens.holder(token).map(IssuedTokens.Issued::clientId).orElse(null);
        if (member == null) {
            throw new Refusal(401, "Server.ServerProxy.AuthenticationFailed",
                    "Thiếu hoặc sai mã truy cập (hoặc chứng thư số) của nền tảng quốc gia",
                    "Missing or invalid national platform access token (or client certificate)");
        }
        String expected = settings.instance() + "/" + member;
        if (!expected.equals(namedClient)) {
            throw new Refusal(403, "Server.ServerProxy.InvalidClient", "Bên gọi " + namedClient
                    + " không phải thành viên " + expected + " đã được cấp mã truy cập", "The client " + namedClient
                    + " is not the member " + expected + " the token was issued to");
        }
        return member;
    }

    private static String commonName(String subject) {
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
