package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeChain;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;

/**
 * Checks the exchange log between two instants: for every node with records received then, the whole
 * stretch of its chain from the first to the last of them is read and every record's hash recomputed.
 * An edited record breaks its own hash; a deleted one leaves a gap in the numbering or a link that
 * does not match; a deleted last record leaves the chain shorter than its head says.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExchangeLogVerifier {

    static final int MAX_ROWS = 1_000_000;

    @PersistenceContext
    EntityManager em;

    /** One problem found: where and what (EDITED, MISSING, BROKEN_LINK, TRUNCATED). */
    public record Finding(String node, long seq, String kind) {
    }

    public record Verification(Instant from, Instant to, long records, List<String> nodes, boolean intact,
                               List<Finding> findings) {
    }

    @SuppressWarnings("unchecked")
    public Verification verify(Caller caller, Instant from, Instant to) {
        if (!caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        List<Object[]> spans = em.createNativeQuery("SELECT node, min(node_seq), max(node_seq) FROM exchange_log"
                + " WHERE received_at >= ?1 AND received_at < ?2 GROUP BY node ORDER BY node")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<Finding> findings = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        long checked = 0;
        for (Object[] span : spans) {
            String node = (String) span[0];
            nodes.add(node);
            long first = ((Number) span[1]).longValue();
            long last = ((Number) span[2]).longValue();
            checked += verifyNode(node, first, last, findings);
        }
        if (to.isAfter(Instant.now().minusSeconds(1))) {
            truncations(findings);
        }
        return new Verification(from, to, checked, nodes, findings.isEmpty(), findings);
    }

    @SuppressWarnings("unchecked")
    private long verifyNode(String node, long first, long last, List<Finding> findings) {
        String previous = first == 1 ? ExchangeChain.GENESIS : hashOf(node, first - 1);
        List<Object[]> rows = em.createNativeQuery("SELECT node_seq, " + ExchangeRecord.COLUMNS + ", prev_hash, hash"
                        + " FROM exchange_log WHERE node = ?1 AND node_seq BETWEEN ?2 AND ?3 ORDER BY node_seq")
                .setParameter(1, node).setParameter(2, first).setParameter(3, last)
                .setMaxResults(MAX_ROWS).getResultList();
        long expected = first;
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            if (seq != expected) {
                findings.add(new Finding(node, expected, "MISSING"));
            }
            ExchangeRecord record = ExchangeRecord.of(r, 1);
            String storedPrevious = (String) r[19];
            String stored = (String) r[20];
            if (previous != null && !previous.equals(storedPrevious) && seq == expected) {
                findings.add(new Finding(node, seq, "BROKEN_LINK"));
            }
            if (!ExchangeChain.hash(storedPrevious, node, seq, record).equals(stored)) {
                findings.add(new Finding(node, seq, "EDITED"));
            }
            previous = stored;
            expected = seq + 1;
        }
        if (expected <= last) {
            findings.add(new Finding(node, expected, "MISSING"));
        }
        return rows.size();
    }

    /** The chain of each node must reach the head it recorded with its last batch. */
    @SuppressWarnings("unchecked")
    private void truncations(List<Finding> findings) {
        List<Object[]> heads = em.createNativeQuery("SELECT h.node, h.last_seq, h.last_hash,"
                + " (SELECT l.hash FROM exchange_log l WHERE l.node = h.node AND l.node_seq = h.last_seq) FROM exchange_log_head h")
                .getResultList();
        for (Object[] h : heads) {
            if (h[3] == null || !h[2].equals(h[3])) {
                findings.add(new Finding((String) h[0], ((Number) h[1]).longValue(), "TRUNCATED"));
            }
        }
    }

    private String hashOf(String node, long seq) {
        List<?> found = em.createNativeQuery("SELECT hash FROM exchange_log WHERE node = ?1 AND node_seq = ?2")
                .setParameter(1, node).setParameter(2, seq).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }
}
