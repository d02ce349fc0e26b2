package vn.gov.haiphong.lgsp.exchangelog.control;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the writer anchors its node's chain outside the database: a signed {@link Checkpoint} of the committed head,
 * appended to the node's file ({@link Checkpoints}) once per interval in which the chain grew, and when the node
 * stops. A checkpoint that cannot be written is logged and tried again next time; it never fails an exchange.
 * Used by the writer's thread only, which alone moves the head.
 */
public final class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    private final Checkpoints checkpoints;
    private final ExchangeChain chain;
    private final String node;
    private final long intervalNanos;
    private long writtenSeq = -1;
    private long writtenNanos = System.nanoTime();

    public CheckpointSchedule(Checkpoints checkpoints, ExchangeChain chain, String node, Duration interval) {
        this.checkpoints = checkpoints;
        this.chain = chain;
        this.node = node;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Appends a checkpoint of {@code head} (null: not known) if the chain grew since the last one and the interval
     * has passed, or at once when {@code now}.
     */
    public void offer(ChainHead head, boolean now) {
        if (head == null || head.seq() == writtenSeq || head.receivedAt() == null
                || !now && System.nanoTime() - writtenNanos < intervalNanos) {
            return;
        }
        try {
            checkpoints.append(new Checkpoint(node, head.seq(), head.hash(), head.receivedAt(), Instant.now(), null)
                    .signedWith(chain));
            writtenSeq = head.seq();
            writtenNanos = System.nanoTime();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Exchange-log checkpoint of " + node + " #" + head.seq() + " not written to "
                    + checkpoints.directory() + ": " + e.getMessage());
        }
    }

    /**
     * The node's last checkpoint signed with this key, when the database's head ({@code stored}) is behind it or
     * differs from it: records were removed, or the database replaced, while the node was down.
     */
    public Optional<Checkpoint> aheadOf(ChainHead stored) throws IOException {
        return checkpoints.read().checkpoints().stream()
                .filter(k -> k.node().equals(node) && k.signedBy(chain))
                .max(Comparator.comparingLong(Checkpoint::seq))
                .filter(last -> last.seq() > stored.seq() || last.seq() == stored.seq() && !last.hash().equals(stored.hash()));
    }
}
