package vn.gov.haiphong.lgsp.cluster;

import java.util.function.Supplier;

/**
 * One value read whole from the database (a snapshot) and kept in memory until a {@link CacheChanged} of its region
 * drops it, on every node. While the node is not listening for changes ({@link ListeningState}) nothing is trusted:
 * every read loads again. A load that raced with a drop is used once but not kept — it may have read the state from
 * before the change.
 *
 * @param <T> the snapshot
 */
public final class CachedSnapshot<T> {

    private final String region;
    private final Supplier<T> load;
    private final ListeningState listening;
    /** Read without a lock on the hot path; written under this object's lock with {@code generation}. */
    private volatile T kept;
    private long generation;

    public CachedSnapshot(String region, Supplier<T> load, ListeningState listening) {
        this.region = region;
        this.load = load;
        this.listening = listening;
    }

    /** The kept snapshot, or a fresh one. */
    public T get() {
        T hit = kept;
        if (hit != null && listening.isListening()) {
            return hit;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        T loaded = load.get();
        synchronized (this) {
            if (generation == before) {
                kept = loaded;
            }
        }
        return loaded;
    }

    /** Drops the snapshot when the change concerns its region. */
    public synchronized void changed(CacheChanged change) {
        if (change.concerns(region)) {
            generation++;
            kept = null;
        }
    }
}
