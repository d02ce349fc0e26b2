package vn.gov.haiphong.lgsp.federation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * The LGSP's bearer token at each peer: fetched with the client credentials grant when first needed, kept until 30 s
 * before it expires, fetched again when the peer refuses it. The client secret is read from the configuration
 * property the peer names, at the moment it is needed — so a rotated secret takes effect without touching the peer.
 */
@ApplicationScoped
public class PeerTokens {

    private static final Logger LOG = Logger.getLogger(PeerTokens.class.getName());
    private static final long MARGIN_SECONDS = 30;

    private record Held(String token, Instant renewAt) {
    }

    @Inject
    PeerClient client;

    @Inject
    Config config;

    Clock clock = Clock.systemUTC();

    private final Map<String, Held> held = new ConcurrentHashMap<>();

    /**
     * A live token at the peer, or the refusal {@code peer-refused} naming why none could be had; null when the peer
     * takes the LGSP's client certificate alone.
     */
    public String token(PeerEntry peer) {
        if (!peer.usesToken()) {
            return null;
        }
        Held current = held.get(peer.instance());
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.token();
        }
        Optional<String> secret = config.getOptionalValue(peer.secretProperty(), String.class);
        if (secret.isEmpty()) {
            throw new LgspException(ErrorCode.PEER_REFUSED, peer.instance(),
                    "no secret configured in " + peer.secretProperty());
        }
        try {
            JsonObject answer = client.token(peer, secret.get());
            String token = answer.getString("access_token");
            long lifetime = answer.getJsonNumber("expires_in") == null ? 60 : answer.getJsonNumber("expires_in").longValue();
            held.put(peer.instance(), new Held(token, clock.instant().plusSeconds(Math.max(0, lifetime - MARGIN_SECONDS))));
            return token;
        } catch (LgspException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "No token from peer " + peer.instance() + ": " + e);
            throw new LgspException(ErrorCode.PEER_REFUSED, peer.instance(), "token endpoint: " + e.getMessage());
        }
    }

    /** The peer refused the token it issued (rotated keys, a restart): the next call fetches a new one. */
    public void refused(PeerEntry peer) {
        held.remove(peer.instance());
    }

    /** A peer reconfigured (another client, secret or token endpoint): every token is fetched again when needed. */
    void changed(@Observes CacheChanged change) {
        if (change.concerns(CacheChanged.PEERS)) {
            held.clear();
        }
    }
}
