import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TlsIT's client for one TLS version (run as {@code java TlsProbe.java HOST PORT PROTOCOL} in a JVM of its own, whose
 * security properties let it offer versions this JDK disables by default): prints ACCEPTED and the version agreed, or
 * REFUSED and why. It trusts any certificate: it asks only which versions the server speaks.
 */
public class TlsProbe {

    public static void main(String[] args) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(args[0], Integer.parseInt(args[1]))) {
            socket.setEnabledProtocols(new String[] {args[2]});
            socket.startHandshake();
            System.out.println("ACCEPTED " + socket.getSession().getProtocol());
        } catch (SSLException e) {
            System.out.println("REFUSED " + e.getMessage());
        }
    }
}
