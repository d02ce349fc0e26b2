package vn.gov.haiphong.lgsp.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/**
 * Counts reads of the platform's own data by systems outside the gateway (sử dụng dữ liệu; Quy chế Đ.11.5): the REST
 * read API and the SOAP registry and code-list services. In memory only — one map entry per minute × system ×
 * resource × protocol, each read adding under its entry's lock ({@link ConcurrentHashMap#compute}) — so a read costs
 * no database work; {@code DataUseFlush} drains the map into {@code data_use} at least every minute and when the node
 * stops. A drained entry is removed atomically: a read counts in the drain or in the next one, never in both or none.
 *
 * <p>The system property {@value #ENABLED} ({@code true} unless set to {@code false}) switches counting off, for the
 * benchmark that measures what it costs ({@code bench/run codelist-datause}): it is read at every read, so the bench
 * turns it off and on again on a running server (jboss-cli {@code /system-property=…}) and compares the two within one
 * run. Production leaves it unset: reads are then counted, as the regulation requires.
 */
@ApplicationScoped
public class DataUseRecorder {

    /** How a resource was read. */
    public enum Protocol {
        REST, SOAP
    }

    /** One row's identity: the minute (epoch minutes), the reading system and what it read. */
    public record Key(long minute, String client, String consumerAgency, String resource, Protocol protocol) {
    }

    /** One row's figures. */
    public record Use(Key key, long reads, long bytes) {
    }

    private static final class Counter {
        long reads;
        long bytes;
    }

    @Inject
    XRoadInstance xroad;

    private final ConcurrentHashMap<Key, Counter> pending = new ConcurrentHashMap<>();

    /** A reading system's name and agency as its rows carry them. */
    private record Reader(String client, String agency) {
    }

    /**
     * Each client id's {@link Reader}, made once rather than at every read (a split, two pattern matches and the
     * X-Road name built, on the I/O thread). Bounded: only systems' verified tokens reach it, and those are the
     * registered clients.
     */
    private final ConcurrentHashMap<String, Optional<Reader>> readers = new ConcurrentHashMap<>();

    /** The system property that switches counting off when {@code false} (benchmarks only). */
    public static final String ENABLED = "lgsp.data-use.enabled";

    /**
     * Whether reads by this caller are counted: systems only (officers read through the portal, audited apart), and
     * only while counting is not switched off ({@value #ENABLED}).
     */
    public static boolean counts(Caller caller) {
        return caller != null && caller.has(Roles.SYSTEM) && !"false".equals(System.getProperty(ENABLED));
    }

    /** Counts one read of {@code resource} by {@code caller} (nothing unless it {@link #counts}). */
    public void record(Caller caller, String resource, Protocol protocol, long bytes) {
        if (!counts(caller) || resource == null) {
            return;
        }
        String clientId = caller.clientId();
        if (clientId == null) {
            return;
        }
        Optional<Reader> reader = readers.get(clientId);
        if (reader == null) {
            // parsed, not Caller.system(): this runs when the exchange completes, where a refusal would help nobody
            reader = readers.computeIfAbsent(clientId, id -> SystemId.parse(id)
                    .map(system -> new Reader(xroad.name(system), system.agencyCode())));
        }
        reader.ifPresent(r -> add(new Key(System.currentTimeMillis() / 60_000, r.client(), r.agency(), resource,
                protocol), 1, Math.max(0, bytes)));
    }

    /** Takes every pending count out of the buffer. */
    public List<Use> drain() {
        List<Use> drained = new ArrayList<>();
        for (Key key : pending.keySet()) {
            Counter c = pending.remove(key);
            if (c != null) {
                drained.add(new Use(key, c.reads, c.bytes));
            }
        }
        return drained;
    }

    /** Puts counts back that could not be stored, to be tried again with the next drain. */
    public void restore(List<Use> uses) {
        uses.forEach(u -> add(u.key(), u.reads(), u.bytes()));
    }

    private void add(Key key, long reads, long bytes) {
        pending.compute(key, (k, c) -> {
            Counter counter = c != null ? c : new Counter();
            counter.reads += reads;
            counter.bytes += bytes;
            return counter;
        });
    }
}
