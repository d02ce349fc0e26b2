package vn.gov.haiphong.lgsp.monitoring.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.federation.control.PeerMembers;
import vn.gov.haiphong.lgsp.federation.control.PeerRoutes;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/**
 * The names statistics and metrics are kept under: a service as the X-Road name of its provider system and code
 * ({@code VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat}, every version together), a consumer as its system's X-Road name —
 * only when the catalog knows them (the access policy's cache, so no query per exchange). A national peer's service
 * its catalog lists ({@code NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan}) and a peer's member some right names
 * ({@code NDXP/GOV/BCA/csdl-dan-cu}) are kept under their own names too: they are registered rows. Anything else a
 * caller wrote folds into {@link StatKey#UNKNOWN}: the label sets stay as finite as the registry.
 */
@ApplicationScoped
public class MonitoredNames implements Rollup.Names {

    @Inject
    XRoadInstance xroad;

    @EJB
    AccessPolicy policy;

    @Inject
    PeerRoutes peers;

    @Inject
    PeerMembers peerMembers;

    /** The catalog's entry of a recorded service name ({@code …/code} or {@code …/code/version}). */
    public Optional<ServiceEntry> entry(String recorded) {
        return serviceId(recorded).flatMap(policy::service);
    }

    /** The service id a recorded or requested name gives, without looking it up. */
    public Optional<ServiceId> serviceId(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String[] parts = name.split("/", -1);
        if (parts.length != 5 && parts.length != 6) {
            return Optional.empty();
        }
        String system = String.join("/", parts[0], parts[1], parts[2], parts[3]);
        return xroad.system(system).flatMap(s -> ServiceId.of(s, parts[4], parts.length == 6 ? parts[5] : null));
    }

    /** The system an X-Road subsystem name gives, without looking it up. */
    public Optional<SystemId> systemId(String name) {
        return name == null ? Optional.empty() : xroad.system(name);
    }

    /** {@code VN/GOV/{agency}/{system}}. */
    public String name(SystemId id) {
        return xroad.name(id);
    }

    /** The name a service is kept under: its system and code, without version. */
    public String name(ServiceId id) {
        return xroad.name(id.system()) + "/" + id.serviceCode();
    }

    @Override
    public String service(String recorded) {
        return entry(recorded).map(e -> name(e.serviceId()))
                .orElseGet(() -> peers.isListed(recorded) ? recorded : StatKey.UNKNOWN);
    }

    @Override
    public String client(String recorded) {
        if (recorded == null) {
            return StatKey.UNKNOWN;
        }
        Optional<SystemId> system = xroad.system(recorded);
        return system.filter(s -> policy.consumer(s).isPresent()).map(xroad::name)
                .orElseGet(() -> peerMembers.isKnownMember(recorded) ? recorded : StatKey.UNKNOWN);
    }

    @Override
    public String agency(String name) {
        if (name == null || StatKey.UNKNOWN.equals(name)) {
            return StatKey.UNKNOWN;
        }
        String[] parts = name.split("/", 4);
        return parts.length >= 3 ? parts[2] : StatKey.UNKNOWN;
    }
}
