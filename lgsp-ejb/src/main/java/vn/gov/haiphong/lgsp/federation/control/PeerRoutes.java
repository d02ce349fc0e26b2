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
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy.Decision;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy.Outcome;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ConsumerEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Provider;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CachedSnapshot;
import vn.gov.haiphong.lgsp.cluster.ListeningState;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/**
 * Where a call to another instance's service goes and whether the calling city system may make it, from memory: the
 * peers, the services their catalogs list and the rights to them, loaded on first use and dropped whenever
 * {@link CacheChanged#PEERS} is announced (on every node, as the access policy's caches are). The decision has the
 * access policy's shape, so the gateway answers it the same way; the consumer's own state (connected, suspended)
 * is the access policy's.
 */
@ApplicationScoped
public class PeerRoutes {

    /** A service a peer lists, callable through it. */
    public record RemoteService(long id, String instance, String provider, String serviceCode, String type) {

        String name() {
            return provider + "/" + serviceCode;
        }
    }

    /** A city system's right to a peer's service; {@code validUntil} null: open-ended. */
    public record RemoteGrant(SystemId system, Instant validUntil) {

        boolean covers(SystemId consumer, Instant now) {
            return system.equals(consumer) && (validUntil == null || validUntil.isAfter(now));
        }
    }

    /** What the routes keep: peers by instance, listed services by name, rights by service id. */
    public record Snapshot(Map<String, PeerEntry> peers, Map<String, RemoteService> services,
                    Map<Long, List<RemoteGrant>> rights) {
    }

    /** A decision on a peer's service, and the peer it goes through (null when refused before a peer was found). */
    public record Route(Decision decision, PeerEntry peer) {
    }

    @EJB
    PeerLoader loader;

    @EJB
    AccessPolicy policy;

    @Inject
    ListeningState listening;

    private CachedSnapshot<Snapshot> snapshot;

    @PostConstruct
    void init() {
        snapshot = new CachedSnapshot<>(CacheChanged.PEERS, loader::load, listening);
    }

    /** Whether {@code provider} ({@code NDXP/GOV/BCA/csdl-dan-cu}) is in the instance of a configured peer. */
    public boolean isRemote(String provider) {
        int slash = provider == null ? -1 : provider.indexOf('/');
        return slash > 0 && current().peers().containsKey(provider.substring(0, slash));
    }

    /** Whether {@code name} ({@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}) is a service a peer lists now. */
    public boolean isListed(String name) {
        return name != null && current().services().containsKey(name);
    }

    /** May {@code consumer} call the REST service {@code serviceCode} of the peer's {@code provider} now. */
    public Route decide(SystemId consumer, String provider, String serviceCode, Instant now) {
        return decide(consumer, provider, serviceCode, ServiceProtocol.REST, now);
    }

    /**
     * May {@code consumer} call {@code serviceCode} of the peer's {@code provider} now, in the style it is listed in
     * ({@code OPENAPI}: REST, {@code WSDL}: SOAP), and through which peer. A service called in the other style is the
     * caller's mistake, said with where to call it.
     */
    public Route decide(SystemId consumer, String provider, String serviceCode, ServiceProtocol protocol, Instant now) {
        Snapshot s = current();
        PeerEntry peer = s.peers().get(provider.substring(0, provider.indexOf('/')));
        RemoteService service = s.services().get(provider + "/" + serviceCode);
        if (peer == null || service == null || protocolOf(service) == null) {
            return new Route(refusal(Outcome.SERVICE_UNKNOWN, null, now), peer);
        }
        if (protocolOf(service) != protocol) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, service.name() + " is a " + protocolOf(service)
                    + " service of " + peer.instance() + ": call it at "
                    + (protocolOf(service) == ServiceProtocol.REST ? "/r1/" : "/ws/gateway"));
        }
        ServiceEntry entry = entry(peer, service);
        if (!peer.enabled()) {
            return new Route(refusal(Outcome.SERVICE_DISABLED, entry, now), peer);
        }
        Optional<ConsumerEntry> caller = policy.consumer(consumer);
        if (caller.isEmpty()) {
            return new Route(refusal(Outcome.CLIENT_UNKNOWN, entry, now), peer);
        }
        if (!caller.get().connected()) {
            return new Route(refusal(Outcome.CLIENT_NOT_CONNECTED, entry, now), peer);
        }
        if (caller.get().suspensionReason() != null) {
            return new Route(new Decision(Outcome.CLIENT_SUSPENDED, entry, null, caller.get().suspensionReason(), null,
                    now), peer);
        }
        boolean granted = s.rights().getOrDefault(service.id(), List.of()).stream().anyMatch(g -> g.covers(consumer, now));
        return new Route(granted ? new Decision(Outcome.ALLOWED, entry, null, null, null, now)
                : refusal(Outcome.NO_RIGHT, entry, now), peer);
    }

    /** Drops the snapshot: the next decision reads the peers again. */
    void changed(@Observes CacheChanged change) {
        snapshot.changed(change);
    }

    private Snapshot current() {
        return snapshot.get();
    }

    /** X-Road's service types as the gateway's protocols; null for a type the gateway does not forward. */
    private static ServiceProtocol protocolOf(RemoteService service) {
        return switch (service.type()) {
            case "OPENAPI" -> ServiceProtocol.REST;
            case "WSDL" -> ServiceProtocol.SOAP;
            default -> null;
        };
    }

    /**
     * The peer's service as the gateway forwards to it: the peer's X-Road address of the service (REST:
     * {@code /r1/…}; SOAP: the security server's own address, {@code /}, as X-Road's message protocol has it), the
     * peer's timeout, no bodies kept; its id is negative so it never meets a catalog service's in the circuit breakers.
     */
    private static ServiceEntry entry(PeerEntry peer, RemoteService service) {
        String[] provider = service.provider().split("/", 4);
        ServiceId id = new ServiceId(new SystemId(provider[0] + "/" + provider[1] + "/" + provider[2], provider[3]),
                service.serviceCode(), "");
        String notice = peer.enabled() ? null : "Liên thông với " + peer.instance() + " đang tạm ngừng";
        ServiceProtocol protocol = protocolOf(service);
        return new ServiceEntry(-service.id(), id, protocol,
                peer.enabled() ? Service.Status.PUBLISHED : Service.Status.DISABLED, notice,
                peer.enabled() ? null : "The link to " + peer.instance() + " is suspended",
                protocol == ServiceProtocol.SOAP ? peer.baseUrl() + "/" : peer.baseUrl() + "/r1/" + service.name(),
                peer.timeoutMs(), false, null, null, List.of(), null,
                List.of(), Provider.CONNECTED);
    }

    private static Decision refusal(Outcome outcome, ServiceEntry entry, Instant now) {
        return new Decision(outcome, entry, null, null, null, now);
    }
}
