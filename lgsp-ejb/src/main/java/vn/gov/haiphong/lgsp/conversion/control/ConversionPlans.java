package vn.gov.haiphong.lgsp.conversion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ejb.EJB;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.conversion.boundary.ServiceConversions;

/**
 * The gateway's conversion plans, by service, from memory: read from the contract at the first converted call and
 * forgotten with the access policy (a declared or withdrawn conversion is announced as an access change on every
 * node). Only a call in the protocol its service does not speak asks; the gateway's other calls never do.
 */
@ApplicationScoped
public class ConversionPlans {

    private final Map<Long, Optional<ConversionPlan>> plans = new ConcurrentHashMap<>();

    @EJB
    ServiceConversions conversions;

    public Optional<ConversionPlan> of(long serviceId) {
        return plans.computeIfAbsent(serviceId, conversions::plan);
    }

    public void changed(@Observes CacheChanged change) {
        if (change.concerns(CacheChanged.ACCESS)) {
            plans.clear();
        }
    }
}
