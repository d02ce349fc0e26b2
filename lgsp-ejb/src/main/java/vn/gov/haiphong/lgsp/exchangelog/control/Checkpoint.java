package vn.gov.haiphong.lgsp.exchangelog.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A signed statement, kept outside the database, of how far one node's chain had reached: its record {@code seq}
 * had hash {@code hash} and was received at {@code receivedAt}. Written at a fixed interval and at shutdown
 * ({@link Checkpoints}). The key's signature means the file cannot be extended with made-up statements, and the
 * file's place outside the database means that deleting the chain's last records and rewinding
 * {@code exchange_log_head} no longer goes unseen: the chain must still reach every checkpoint.
 *
 * @param receivedAt when the checkpointed record was received: a checkpoint whose record is older than the oldest
 *                   record kept overall refers to a month that retention dropped, and is no longer checked
 * @param signature  {@link ExchangeChain#sign} of {@link #statement}
 */
public record Checkpoint(String node, long seq, String hash, Instant receivedAt, Instant writtenAt, String signature) {

    private static final String SEPARATOR = "\t";

    /** What is signed: every field but the signature, tagged so that no record's hash input can equal it. */
    public String statement() {
        return "lgsp-exchange-log-checkpoint|" + node + "|" + seq + "|" + hash + "|" + receivedAt + "|" + writtenAt;
    }

    /** One line of a checkpoint file: the fields separated by tabs (node names never hold one). */
    public String line() {
        return String.join(SEPARATOR, node, Long.toString(seq), hash, receivedAt.toString(), writtenAt.toString(),
                signature);
    }

    /** @throws IllegalArgumentException for a line that is not one {@link #line} wrote */
    public static Checkpoint parse(String line) {
        String[] f = line.split(SEPARATOR, -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("expected 6 fields, found " + f.length);
        }
        return new Checkpoint(f[0], Long.parseLong(f[1]), f[2], Instant.parse(f[3]), Instant.parse(f[4]), f[5]);
    }

    /** The same checkpoint, signed. */
    public Checkpoint signedWith(ExchangeChain chain) {
        return new Checkpoint(node, seq, hash, receivedAt, writtenAt, chain.sign(this));
    }

    public boolean signedBy(ExchangeChain chain) {
        return MessageDigest.isEqual(chain.sign(this).getBytes(StandardCharsets.US_ASCII),
                signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII));
    }
}
