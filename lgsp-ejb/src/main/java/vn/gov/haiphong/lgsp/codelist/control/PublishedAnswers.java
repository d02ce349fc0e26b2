package vn.gov.haiphong.lgsp.codelist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.ListeningState;

/**
 * Whole HTTP answers of the code-list read API, as the API gave them (status 200: headers and bytes),
 * kept so that the next identical read is answered at the edge without the JAX-RS, EJB and database
 * path. Unlike {@link ReadCache} these answers depend on which version is current, so they are dropped
 * on every node whenever a code list changes (a {@link CacheChanged#CODE_LISTS} notification, sent in
 * the changing transaction) and are not used at all while this node is not listening for notifications.
 * An answer computed while a change happened is not kept (generation check).
 */
@ApplicationScoped
public class PublishedAnswers {

    /** One kept answer: the headers worth replaying, the body, and when it stops being used regardless. */
    public record Answer(Map<String, String> headers, byte[] body, String etag, long expiresAtMillis) {
    }

    @Inject
    @ConfigProperty(name = "lgsp.codelist.edge-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lgsp.codelist.edge-cache.entries", defaultValue = "5000")
    int maxEntries;

    /** The largest answer kept; larger ones (whole-list CSV downloads) always take the full path. */
    @Inject
    @ConfigProperty(name = "lgsp.codelist.edge-cache.max-bytes", defaultValue = "1048576")
    int maxBytes;

    /** A safety net only: notifications drop answers the moment a list changes. */
    @Inject
    @ConfigProperty(name = "lgsp.codelist.edge-cache.seconds", defaultValue = "3600")
    int seconds;

    @Inject
    ListeningState listening;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Whether kept answers may be used now (asked on I/O threads too: no EJB call). */
    public boolean usable() {
        return enabled && listening.isListening();
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The generation an answer about to be computed belongs to; pass it back to {@link #keep}. */
    public long generation() {
        return generation.get();
    }

    public Answer get(String key) {
        Answer answer = answers.get(key);
        if (answer != null && answer.expiresAtMillis() <= System.currentTimeMillis()) {
            answers.remove(key, answer);
            return null;
        }
        return answer;
    }

    public void keep(String key, long computedIn, Map<String, String> headers, byte[] body, String etag) {
        if (computedIn != generation.get() || body.length > maxBytes) {
            return;
        }
        if (answers.size() >= maxEntries) {
            answers.clear(); // simple bound: the hot set refills in one read each
        }
        answers.put(key, new Answer(Map.copyOf(headers), body, etag, System.currentTimeMillis() + seconds * 1000L));
        if (computedIn != generation.get()) {
            answers.remove(key); // a change arrived while keeping it
        }
    }

    void changed(@Observes CacheChanged change) {
        if (change.concerns(CacheChanged.CODE_LISTS)) {
            generation.incrementAndGet();
            answers.clear();
        }
    }
}
