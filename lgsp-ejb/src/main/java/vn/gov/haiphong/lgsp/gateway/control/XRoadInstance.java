package vn.gov.haiphong.lgsp.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/**
 * The X-Road instance and member class this platform speaks for ({@code lgsp.xroad.instance} VN,
 * {@code lgsp.xroad.member-class} GOV): how a {@link SystemId} is written on the wire
 * ({@code VN/GOV/H24.10/his}) and read back, for the gateways and the metadata services alike.
 */
@ApplicationScoped
public class XRoadInstance {

    @Inject
    @ConfigProperty(name = "lgsp.xroad.instance", defaultValue = "VN")
    String instance;

    @Inject
    @ConfigProperty(name = "lgsp.xroad.member-class", defaultValue = "GOV")
    String memberClass;

    public String instance() {
        return instance;
    }

    public String memberClass() {
        return memberClass;
    }

    /** {@code VN/GOV/{agency}}: the member an agency is, the prefix of its systems' names. */
    public String member(String agencyCode) {
        return instance + "/" + memberClass + "/" + agencyCode;
    }

    /** {@code VN/GOV/{agency}/{system}}. */
    public String name(SystemId system) {
        return system.toXRoad(instance, memberClass);
    }

    /** The system an X-Road subsystem identifier names, if it is one of this instance and member class. */
    public Optional<SystemId> system(String xroad) {
        return SystemId.fromXRoad(xroad, instance, memberClass);
    }
}
