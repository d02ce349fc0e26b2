package vn.gov.haiphong.lgsp.federation.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CachedSnapshot;
import vn.gov.haiphong.lgsp.cluster.ListeningState;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * Thành viên của nền tảng ngang hàng gọi dịch vụ của thành phố: which peer a verified caller is, whether the member
 * it names is of that peer's instance, and whether that member may call a city service now — from memory, loaded on
 * first use and dropped whenever {@link CacheChanged#PEERS} is announced (as {@link PeerRoutes}).
 *
 * <p>A peer's security server authenticates with its own Keycloak client, {@code peer-{instance}}, whose service
 * account holds the realm role {@link Roles#PEER}; both come from the verified token, never from a header. It then
 * asserts which of its members calls ({@code X-Road-Client}), as X-Road security servers assert their own clients;
 * the LGSP believes that assertion only for members of the peer's own instance.
 */
@ApplicationScoped
public class PeerMembers {

    /** The Keycloak client id of a peer's security server is this prefix and the peer's instance code. */
    public static final String CLIENT_PREFIX = "peer-";

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    /** A peer member's right to a city service (every version); {@code validUntil} null: open-ended. */
    public record InboundGrant(SystemId system, String serviceCode, Instant validUntil) {

        boolean covers(ServiceId service, Instant now) {
            return system.equals(service.system()) && serviceCode.equals(service.serviceCode())
                    && (validUntil == null || validUntil.isAfter(now));
        }
    }

    /**
     * What is kept: each peer's instance with whether its link is enabled, and rights by member
     * ({@code NDXP/GOV/BCA/csdl-dan-cu}).
     */
    public record Snapshot(Map<String, Boolean> peers, Map<String, List<InboundGrant>> rights) {
    }

    @EJB
    InboundLoader loader;

    @Inject
    ListeningState listening;

    private CachedSnapshot<Snapshot> snapshot;

    @PostConstruct
    void init() {
        snapshot = new CachedSnapshot<>(CacheChanged.PEERS, loader::load, listening);
    }

    /** Whether the verified caller is a peer's security server (the role and a {@code peer-} client). */
    public static boolean isPeer(Caller caller) {
        return caller.has(Roles.PEER) && caller.clientId() != null && caller.clientId().startsWith(CLIENT_PREFIX);
    }

    /**
     * The member a peer's call is made for: {@code client} when it names a subsystem of the caller's own instance
     * ({@code NDXP/GOV/BCA/csdl-dan-cu} from {@code peer-NDXP}) and that peer is configured; empty otherwise.
     */
    public Optional<String> member(Caller caller, String client) {
        return member(caller, client, current());
    }

    static Optional<String> member(Caller caller, String client, Snapshot known) {
        if (!isPeer(caller) || client == null) {
            return Optional.empty();
        }
        String instance = caller.clientId().substring(CLIENT_PREFIX.length());
        String[] parts = client.split("/", -1);
        if (parts.length != 4 || !parts[0].equals(instance) || !known.peers().containsKey(instance)) {
            return Optional.empty();
        }
        for (int i = 1; i < 4; i++) {
            if (!PART.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(client);
    }

    /** Whether the peer's link is enabled: a disabled link admits none of its members. */
    public boolean linkEnabled(String member) {
        return current().peers().getOrDefault(member.substring(0, member.indexOf('/')), false);
    }

    /** May the peer's {@code member} call {@code service} now. */
    public boolean mayCall(String member, ServiceId service, Instant now) {
        return current().rights().getOrDefault(member, List.of()).stream().anyMatch(g -> g.covers(service, now));
    }

    /** Whether {@code name} is a peer member some right names: a registered name statistics may keep. */
    public boolean isKnownMember(String name) {
        return name != null && current().rights().containsKey(name);
    }

    void changed(@Observes CacheChanged change) {
        snapshot.changed(change);
    }

    private Snapshot current() {
        return snapshot.get();
    }
}
