package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.exchangelog.control.Checkpoint;
import vn.gov.haiphong.lgsp.exchangelog.control.Checkpoints;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeChain;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Checks the exchange log against its key and its checkpoints. For every node with records received in the range,
 * the whole stretch of its chain from the first to the last of them is read and every record's keyed hash
 * recomputed: an edited record — even one whose later hashes were recomputed, which takes the key — fails its own
 * hash; a deleted one leaves a gap in the numbering or a link that does not match. The signed checkpoints outside the
 * database ({@link Checkpoints}) must each match the record they name, and the chain must reach the last of them:
 * a chain cut short and its {@code exchange_log_head} rewound shows. Without a range the whole log is checked, from
 * each node's first kept record: retention drops whole old months, so earlier records are gone by design, and their
 * checkpoints are no longer checked (they name records older than the oldest one kept).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExchangeLogVerifier {

    /** Records read per query while walking a chain. */
    static final int PAGE = 10_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    ExchangeLog log;

    /**
     * One problem found: where and what — EDITED, MISSING, BROKEN_LINK, TRUNCATED (the chain ends before its head
     * or a checkpoint), CHECKPOINT_MISMATCH (the record a checkpoint names has another hash now), CHECKPOINT_INVALID
     * (a checkpoint line that does not parse or whose signature is wrong; seq is its line number).
     */
    public record Finding(String node, long seq, String kind) {
    }

    /**
     * What was proved of one node's chain: records {@code firstSeq}–{@code lastSeq}, received
     * {@code firstReceivedAt}–{@code lastReceivedAt}, linked from {@code anchor} (GENESIS: the chain's start;
     * PREVIOUS_RECORD: the record before the range; FIRST_KEPT: earlier records were removed by retention), and
     * {@code checkpoints} checkpoints matched, the last at {@code lastCheckpointSeq} (null: none — no outside anchor
     * for this node in this node's checkpoint directory).
     */
    public record NodeProof(String node, long firstSeq, long lastSeq, Instant firstReceivedAt, Instant lastReceivedAt,
                            String anchor, int checkpoints, Long lastCheckpointSeq) {
    }

    /** {@code from} null: from the first kept record. */
    public record Verification(Instant from, Instant to, long records, List<String> nodes, boolean intact,
                               List<Finding> findings, List<NodeProof> proved, String checkpointDirectory) {
    }

    /**
     * @param from null: from each node's first kept record
     * @param to   exclusive; null: up to now
     */
    @SuppressWarnings("unchecked")
    public Verification verify(Caller caller, Instant from, Instant to) {
        if (!caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Instant end = to != null ? to : Instant.now().plusSeconds(1);
        if (from != null && !from.isBefore(end)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "from", "before to");
        }
        boolean toNow = end.isAfter(Instant.now().minusSeconds(1));
        Set<Finding> findings = new LinkedHashSet<>();
        Map<String, List<Checkpoint>> checkpoints = checkpoints(findings);
        Instant oldestKept = NativeValues.instant(em.createNativeQuery("SELECT min(received_at) FROM exchange_log")
                .getSingleResult());

        Query spans = em.createNativeQuery("SELECT node, min(node_seq), max(node_seq) FROM exchange_log WHERE received_at < ?1"
                + (from != null ? " AND received_at >= ?2" : "") + " GROUP BY node ORDER BY node").setParameter(1, end);
        if (from != null) {
            spans.setParameter(2, from);
        }
        List<String> nodes = new ArrayList<>();
        List<NodeProof> proved = new ArrayList<>();
        long checked = 0;
        for (Object[] span : (List<Object[]>) spans.getResultList()) {
            String node = (String) span[0];
            nodes.add(node);
            Walk walk = new Walk(node, ((Number) span[1]).longValue(), ((Number) span[2]).longValue(),
                    checkpoints.getOrDefault(node, List.of()), findings);
            walk.run();
            checked += walk.records;
            proved.add(walk.proof());
        }
        Map<String, KeptSeqs> kept = toNow || from == null ? keptSeqs() : Map.of();
        if (toNow) {
            truncations(findings);
            unreached(checkpoints, kept, oldestKept, findings);
        }
        if (from == null) {
            removedEarly(checkpoints, kept, oldestKept, findings);
        }
        return new Verification(from, end, checked, nodes, findings.isEmpty(), List.copyOf(findings), proved,
                log.checkpoints().directory().toString());
    }

    /** The signed checkpoints of every node, by node; unreadable or wrongly signed lines are findings. */
    private Map<String, List<Checkpoint>> checkpoints(Set<Finding> findings) {
        Checkpoints.Contents contents;
        try {
            contents = log.checkpoints().read();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the exchange-log checkpoints: " + e.getMessage(), e);
        }
        contents.unreadable().forEach(where -> findings.add(new Finding(where, 0, "CHECKPOINT_INVALID")));
        Map<String, List<Checkpoint>> byNode = new HashMap<>();
        for (Checkpoint c : contents.checkpoints()) {
            if (c.signedBy(log.chain())) {
                byNode.computeIfAbsent(c.node(), n -> new ArrayList<>()).add(c);
            } else {
                findings.add(new Finding(c.node(), c.seq(), "CHECKPOINT_INVALID"));
            }
        }
        return byNode;
    }

    /** One node's chain read from {@code first} to {@code last}, in pages. */
    private final class Walk {

        private final String node;
        private final long first;
        private final long last;
        private final Map<Long, List<Checkpoint>> checkpoints = new HashMap<>();
        private final Set<Finding> findings;
        private long records;
        private String anchor;
        private Instant firstReceivedAt;
        private Instant lastReceivedAt;
        private int matched;
        private Long lastMatched;

        Walk(String node, long first, long last, List<Checkpoint> checkpoints, Set<Finding> findings) {
            this.node = node;
            this.first = first;
            this.last = last;
            checkpoints.forEach(c -> this.checkpoints.computeIfAbsent(c.seq(), s -> new ArrayList<>()).add(c));
            this.findings = findings;
        }

        @SuppressWarnings("unchecked")
        void run() {
            String previous = anchorLink();
            long expected = first;
            for (long from = first; from <= last; from += PAGE) {
                List<Object[]> rows = em.createNativeQuery("SELECT node_seq, " + ExchangeRecord.COLUMNS
                                + ", prev_hash, hash FROM exchange_log WHERE node = ?1 AND node_seq BETWEEN ?2 AND ?3"
                                + " ORDER BY node_seq")
                        .setParameter(1, node).setParameter(2, from).setParameter(3, Math.min(last, from + PAGE - 1))
                        .getResultList();
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
                    if (!log.chain().hash(storedPrevious, node, seq, record).equals(stored)) {
                        findings.add(new Finding(node, seq, "EDITED"));
                    }
                    check(seq, stored);
                    firstReceivedAt = firstReceivedAt == null ? record.receivedAt() : firstReceivedAt;
                    lastReceivedAt = record.receivedAt();
                    previous = stored;
                    expected = seq + 1;
                    records++;
                }
            }
            if (expected <= last) {
                findings.add(new Finding(node, expected, "MISSING"));
            }
        }

        /** The hash the first record must link to, or null when the records before it are gone. */
        private String anchorLink() {
            if (first == 1) {
                anchor = "GENESIS";
                return ExchangeChain.GENESIS;
            }
            List<?> found = em.createNativeQuery("SELECT hash FROM exchange_log WHERE node = ?1 AND node_seq = ?2")
                    .setParameter(1, node).setParameter(2, first - 1).getResultList();
            anchor = found.isEmpty() ? "FIRST_KEPT" : "PREVIOUS_RECORD";
            return found.isEmpty() ? null : (String) found.get(0);
        }

        private void check(long seq, String stored) {
            for (Checkpoint c : checkpoints.getOrDefault(seq, List.of())) {
                if (c.hash().equals(stored)) {
                    matched++;
                    lastMatched = seq;
                } else {
                    findings.add(new Finding(node, seq, "CHECKPOINT_MISMATCH"));
                }
            }
        }

        NodeProof proof() {
            return new NodeProof(node, first, last, firstReceivedAt, lastReceivedAt, anchor, matched, lastMatched);
        }
    }

    /** The chain of each node must reach the head it recorded with its last batch. */
    @SuppressWarnings("unchecked")
    private void truncations(Set<Finding> findings) {
        List<Object[]> heads = em.createNativeQuery("SELECT h.node, h.last_seq, h.last_hash,"
                + " (SELECT l.hash FROM exchange_log l WHERE l.node = h.node AND l.node_seq = h.last_seq) FROM exchange_log_head h")
                .getResultList();
        for (Object[] h : heads) {
            if (h[3] == null || !h[2].equals(h[3])) {
                findings.add(new Finding((String) h[0], ((Number) h[1]).longValue(), "TRUNCATED"));
            }
        }
    }

    /** The chain of each node must reach its last checkpoint, whatever its head in the database says. */
    private void unreached(Map<String, List<Checkpoint>> checkpoints, Map<String, KeptSeqs> kept, Instant oldestKept,
                           Set<Finding> findings) {
        checkpoints.forEach((node, list) -> {
            Checkpoint latest = list.stream().max(Comparator.comparingLong(Checkpoint::seq)).orElseThrow();
            long lastSeq = kept.containsKey(node) ? kept.get(node).last() : 0;
            if (kept(latest, oldestKept) && latest.seq() > lastSeq) {
                findings.add(new Finding(node, latest.seq(), "TRUNCATED"));
            }
        });
    }

    /** A checkpoint of a record no older than the oldest kept must still find its record: retention did not take it. */
    private void removedEarly(Map<String, List<Checkpoint>> checkpoints, Map<String, KeptSeqs> kept, Instant oldestKept,
                              Set<Finding> findings) {
        checkpoints.forEach((node, list) -> {
            long firstSeq = kept.containsKey(node) ? kept.get(node).first() : Long.MAX_VALUE;
            list.stream().filter(c -> kept(c, oldestKept) && c.seq() < firstSeq)
                    .forEach(c -> findings.add(new Finding(node, c.seq(), "MISSING")));
        });
    }

    private static boolean kept(Checkpoint c, Instant oldestKept) {
        return oldestKept == null || !c.receivedAt().isBefore(oldestKept);
    }

    /** The first and last seq of a node's records still in the database. */
    private record KeptSeqs(long first, long last) {
    }

    /** Each node's first and last kept seq, in one query (a node without records is absent). */
    @SuppressWarnings("unchecked")
    private Map<String, KeptSeqs> keptSeqs() {
        Map<String, KeptSeqs> bounds = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT node, min(node_seq), max(node_seq)"
                + " FROM exchange_log GROUP BY node").getResultList()) {
            bounds.put((String) r[0], new KeptSeqs(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return bounds;
    }
}
