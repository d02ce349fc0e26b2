package vn.gov.haiphong.lgsp.access.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ConsumerEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Grant;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Maintenance;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.OperationEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.ListeningState;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;

/**
 * The one place that decides "may consumer X call operation Y of service Z now" (Quy chế Đ.9.4),
 * for the gateway and the metadata services. Decisions come from memory: services and consumers'
 * rights are loaded on first use and dropped whenever {@link CacheChanged#ACCESS} is announced —
 * on this node synchronously after the changing transaction commits, on the others by PostgreSQL
 * NOTIFY ({@code vn.gov.haiphong.lgsp.cluster}). While a node is not listening it does not trust
 * its memory and reads every decision from the database. End dates are checked at decision time,
 * so a right stops working the instant it expires without any invalidation.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccessPolicy {

    /** Why a call is, or is not, allowed. */
    public enum Outcome {
        ALLOWED, SERVICE_UNKNOWN, SERVICE_DISABLED, SERVICE_SUSPENDED, SERVICE_MAINTENANCE, CLIENT_UNKNOWN,
        CLIENT_NOT_CONNECTED, CLIENT_SUSPENDED, NO_RIGHT, PROVIDER_NOT_CONNECTED, PROVIDER_SUSPENDED
    }

    /**
     * The decision, with everything it was made on at one instant: the service (and operation, when one matched),
     * the maintenance window in force then, the consumer's suspension — so whoever answers it never looks again
     * at a later instant (a window that ends in between would otherwise find nothing to name).
     *
     * @param maintenance the window in force at {@code at} (outcome {@code SERVICE_MAINTENANCE}), else null
     */
    public record Decision(Outcome outcome, ServiceEntry service, OperationEntry operation, String consumerSuspension,
                           Maintenance maintenance, Instant at) {

        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    @EJB
    PolicyLoader loader;

    @Inject
    ListeningState listening;

    private final Map<String, Optional<ServiceEntry>> services = new ConcurrentHashMap<>();
    private final Map<SystemId, Optional<ConsumerEntry>> consumers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** REST: the operation is found by method and path; a service-wide right covers any path. */
    public Decision decideRest(SystemId consumer, ServiceId service, String method, String path, Instant now) {
        return decide(consumer, service, OperationOf.rest(method, path), now);
    }

    /** SOAP: the operation is the body's first element. */
    public Decision decideOperation(SystemId consumer, ServiceId service, String operationCode, Instant now) {
        return decide(consumer, service, OperationOf.code(operationCode), now);
    }

    /** Whether the city system {@code consumer} may call the operation {@code operation} finds in the service now. */
    public Decision decide(SystemId consumer, ServiceId service, OperationOf operation, Instant now) {
        Optional<ServiceEntry> entry = service(service);
        return decide(consumer, entry, entry.flatMap(operation::find).orElse(null), now);
    }

    /**
     * For a caller that is not a city system (a national peer's member): the caller's right is {@code mayCall}'s (the
     * federation's), everything about the service and its provider is decided as for any consumer.
     */
    public Decision decideFor(BiPredicate<ServiceEntry, Instant> mayCall, ServiceId service, OperationOf operation,
                              Instant now) {
        Optional<ServiceEntry> entry = service(service);
        if (entry.isEmpty()) {
            return new Decision(Outcome.SERVICE_UNKNOWN, null, null, null, null, now);
        }
        return serviceDecision(mayCall.test(entry.get(), now) ? null : Outcome.NO_RIGHT, entry.get(),
                operation.find(entry.get()).orElse(null), null, now);
    }

    /** How the operation called is found in a service: by REST method and path, or by SOAP operation code. */
    @FunctionalInterface
    public interface OperationOf {

        Optional<OperationEntry> find(ServiceEntry service);

        static OperationOf rest(String method, String path) {
            return s -> s.restOperation(method, path);
        }

        static OperationOf code(String operationCode) {
            return s -> s.operation(operationCode);
        }
    }

    /** The published or disabled service version (the last published when the version is null). */
    public Optional<ServiceEntry> service(ServiceId id) {
        return cached(services, id.system() + "/" + id.serviceCode() + "/" + (id.version() == null ? "" : id.version()),
                key -> loader.service(id));
    }

    /** Every right the consumer holds now, directly or through a group (empty for an unknown system). */
    public List<Grant> liveGrants(SystemId consumer, Instant now) {
        return consumer(consumer).map(c -> c.grants().stream().filter(g -> g.isLive(now)).toList()).orElse(List.of());
    }

    public Optional<ConsumerEntry> consumer(SystemId id) {
        return cached(consumers, id, key -> loader.consumer(id));
    }

    public void changed(@Observes CacheChanged change) {
        if (change.concerns(CacheChanged.ACCESS)) {
            generation.incrementAndGet();
            services.clear();
            consumers.clear();
        }
    }

    private Decision decide(SystemId consumer, Optional<ServiceEntry> service, OperationEntry operation, Instant now) {
        if (service.isEmpty()) {
            return new Decision(Outcome.SERVICE_UNKNOWN, null, null, null, null, now);
        }
        ServiceEntry s = service.get();
        Optional<ConsumerEntry> client = consumer(consumer);
        Outcome refused;
        if (client.isEmpty()) {
            refused = Outcome.CLIENT_UNKNOWN;
        } else if (!client.get().connected()) {
            refused = Outcome.CLIENT_NOT_CONNECTED;
        } else if (client.get().suspensionReason() != null) {
            refused = Outcome.CLIENT_SUSPENDED;
        } else if (!client.get().mayCall(s.id(), operation == null ? null : operation.id(), now)) {
            refused = Outcome.NO_RIGHT;
        } else {
            refused = null;
        }
        return serviceDecision(refused, s, operation, client.map(ConsumerEntry::suspensionReason).orElse(null), now);
    }

    /** The decision once the consumer's side is known ({@code consumerRefusal} null: it may call). */
    private static Decision serviceDecision(Outcome consumerRefusal, ServiceEntry s, OperationEntry operation,
                                            String consumerSuspension, Instant now) {
        Maintenance window = s.maintenanceAt(now).orElse(null);
        Outcome outcome;
        if (consumerRefusal != null) {
            outcome = consumerRefusal;
        } else if (!s.provider().connected()) {
            outcome = Outcome.PROVIDER_NOT_CONNECTED;
        } else if (s.provider().suspensionReason() != null) {
            outcome = Outcome.PROVIDER_SUSPENDED;
        } else if (s.suspensionReason() != null) {
            outcome = Outcome.SERVICE_SUSPENDED;
        } else if (window != null) {
            outcome = Outcome.SERVICE_MAINTENANCE;
        } else if (s.status() == Service.Status.DISABLED) {
            outcome = Outcome.SERVICE_DISABLED;
        } else {
            outcome = Outcome.ALLOWED;
        }
        return new Decision(outcome, s, operation, consumerSuspension,
                outcome == Outcome.SERVICE_MAINTENANCE ? window : null, now);
    }

    /**
     * The cached value, loaded on a miss. A load that raced with an invalidation is not kept (it may
     * have read the state from before the change).
     */
    private <K, V> V cached(Map<K, V> cache, K key, Function<K, V> load) {
        if (!listening.isListening()) {
            return load.apply(key);
        }
        V hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        V loaded = load.apply(key);
        cache.put(key, loaded);
        if (generation.get() != before) {
            cache.remove(key, loaded);
        }
        return loaded;
    }
}
