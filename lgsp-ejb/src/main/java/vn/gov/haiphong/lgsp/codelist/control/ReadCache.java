package vn.gov.haiphong.lgsp.codelist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers about published code-list versions, kept in memory. Coherent across a cluster by
 * construction, with nothing to invalidate: every key names a published version, and a published
 * version never changes (the database refuses it). The one fact a publish changes — which version is
 * current — is not cached: it is read from PostgreSQL on every request (one indexed row), so the very
 * next read after a publish on any node addresses the new version and misses into fresh entries.
 * Bounded (least recently used out) by {@code lgsp.codelist.cache.entries}.
 */
@ApplicationScoped
public class ReadCache {

    @Inject
    @ConfigProperty(name = "lgsp.codelist.cache.entries", defaultValue = "2000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "lgsp.codelist.cache.enabled", defaultValue = "true")
    boolean enabled;

    private Map<String, Object> entries;

    private synchronized Map<String, Object> entries() {
        if (entries == null) {
            int limit = maxEntries;
            entries = new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > limit;
                }
            };
        }
        return entries;
    }

    /**
     * The cached answer for a key that names a published version, computed once.
     *
     * @param key list, published version number and the query, e.g. {@code dan-toc|1|items|parent=|q=|0|20}
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (!enabled) {
            return compute.get();
        }
        synchronized (this) {
            Object hit = entries().get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T value = compute.get();
        synchronized (this) {
            entries().put(key, value);
        }
        return value;
    }
}
