package vn.gov.haiphong.lgsp.federation.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ssl.TLS;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.Config;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.security.control.OutboundClients;

/**
 * The HTTP client of each peer that names TLS material (kết nối TLS hai chiều với nền tảng quốc gia): the LGSP's client
 * certificate from the peer's key store, the peer's server certificate checked against the peer's truststore (or
 * the JVM's default trust when none is named), TLS 1.3 or 1.2 only, and the outbound policy as for every outbound
 * call. Made when the peer is first called, the passwords read then from the configuration properties the peer names;
 * closed and made again whenever the peers change ({@link CacheChanged#PEERS}). A peer without TLS material is called
 * with the platform's shared clients.
 */
@ApplicationScoped
public class PeerConnections {

    private static final Logger LOG = Logger.getLogger(PeerConnections.class.getName());
    private static final int MIN_TIMEOUT_MS = 10_000;

    private record Held(PeerEntry.Tls tls, CloseableHttpClient http) {
    }

    @Inject
    OutboundClients clients;

    @Inject
    Config config;

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /** The peer's own client, or null when it names no TLS material (then the caller's shared client serves). */
    public CloseableHttpClient client(PeerEntry peer) {
        if (peer.tls() == null) {
            return null;
        }
        return held.compute(peer.instance(), (instance, current) -> {
            if (current != null && current.tls().equals(peer.tls())) {
                return current;
            }
            if (current != null) {
                current.http().close(CloseMode.GRACEFUL);
            }
            return new Held(peer.tls(), clients.create(Timeout.ofMilliseconds(Math.max(MIN_TIMEOUT_MS,
                    peer.timeoutMs())), ClientTlsStrategyBuilder.create().setSslContext(context(peer))
                    .setTlsVersions(TLS.V_1_3, TLS.V_1_2).buildClassic()));
        }).http();
    }

    /** A peer reconfigured (another key store, a rotated password): every client is made again when needed. */
    void changed(@Observes CacheChanged change) {
        if (change.concerns(CacheChanged.PEERS)) {
            closeAll();
        }
    }

    @PreDestroy
    void closeAll() {
        held.values().removeIf(h -> {
            h.http().close(CloseMode.GRACEFUL);
            return true;
        });
    }

    /**
     * The peer's TLS context; a key store or truststore that cannot be read is the link's failure
     * ({@code peer-refused}), its reason in the server log only — a caller learns nothing of the server's files.
     */
    private javax.net.ssl.SSLContext context(PeerEntry peer) {
        PeerEntry.Tls tls = peer.tls();
        try {
            SSLContextBuilder builder = SSLContextBuilder.create();
            if (tls.keystorePath() != null) {
                char[] password = password(peer, tls.keystorePasswordProperty());
                builder.loadKeyMaterial(Path.of(tls.keystorePath()), password, password);
            }
            if (tls.truststorePath() != null) {
                builder.loadTrustMaterial(Path.of(tls.truststorePath()), tls.truststorePasswordProperty() == null ? null
                        : password(peer, tls.truststorePasswordProperty()));
            }
            return builder.build();
        } catch (LgspException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warning(() -> "Peer " + peer.instance() + ": key store or truststore cannot be read: " + e);
            throw new LgspException(ErrorCode.PEER_REFUSED, peer.instance(),
                    "the LGSP's client certificate or truststore for the peer cannot be read");
        }
    }

    private char[] password(PeerEntry peer, String property) {
        return config.getOptionalValue(property, String.class).map(String::toCharArray).orElseThrow(
                () -> new LgspException(ErrorCode.PEER_REFUSED, peer.instance(), "no password configured in " + property));
    }
}
