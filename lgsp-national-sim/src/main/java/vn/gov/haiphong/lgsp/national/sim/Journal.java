package vn.gov.haiphong.lgsp.national.sim;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the simulated instance received, newest last, the last 1,000 exchanges: the national side's own log, so that a
 * test (or a person at the demo) sees an exchange the LGSP forwarded recorded on both sides with the same
 * {@code X-Road-Id}, the LGSP as the client, the city system as the represented party and the same request hash.
 */
@ApplicationScoped
public class Journal {

    private static final int KEPT = 1000;

    /**
     * One exchange as the national side saw it.
     *
     * @param clientCertificate the subject of the caller's TLS client certificate, null when it sent none
     */
    public record Entry(Instant at, String xroadId, String client, String representedParty, String userId,
                        String service, String operation, int status, String error, String requestHash,
                        String clientCertificate) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    public synchronized void add(Entry entry) {
        entries.addLast(entry);
        if (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    /** The entries with this {@code X-Road-Id}, or all kept ones when it is null. */
    public synchronized List<Entry> find(String xroadId) {
        return entries.stream().filter(e -> xroadId == null || xroadId.equals(e.xroadId())).toList();
    }
}
