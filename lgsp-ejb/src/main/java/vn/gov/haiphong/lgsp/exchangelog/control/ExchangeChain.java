package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The keyed hash chain of one node's exchange records:
 * {@code hash = HMAC-SHA256(key, prev_hash | node | seq | fields)} over a canonical text of every logged field, the
 * first record's {@code prev_hash} being {@link #GENESIS}. Changing any field of a stored record, or removing one,
 * breaks the chain from there; recomputing the later hashes needs the key ({@link ChainKey}), which the database
 * does not hold.
 */
public final class ExchangeChain {

    public static final String GENESIS = "0".repeat(64);

    private final ChainKey key;

    public ExchangeChain(ChainKey key) {
        this.key = key;
    }

    public String hash(String previous, String node, long seq, ExchangeRecord r) {
        return key.mac(message(previous, node, seq, r));
    }

    /** The text a record's hash is taken of: its link, its place in the node's chain and every field. */
    public static String message(String previous, String node, long seq, ExchangeRecord r) {
        return previous + "|" + node + "|" + seq + "|" + canonical(r);
    }

    /** The checkpoint's signature: the same key over what the checkpoint states. */
    public String sign(Checkpoint checkpoint) {
        return key.mac(checkpoint.statement());
    }

    /** Every field, in order, nulls as an empty field; text fields escaped so no value can fake a separator. */
    static String canonical(ExchangeRecord r) {
        return String.join("|", micros(r.receivedAt()), text(r.xroadId()), text(r.requestId()), text(r.protocol()),
                text(r.client()), text(r.service()), text(r.method()), text(r.operation()), text(r.userId()),
                text(r.issue()), Integer.toString(r.status()), text(r.errorCode()), Long.toString(r.requestBytes()),
                Long.toString(r.responseBytes()), text(r.requestSha256()), text(r.responseSha256()),
                micros(r.forwardedAt()), micros(r.answeredAt()));
    }

    private static String micros(Instant instant) {
        return instant == null ? "" : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static String text(String value) {
        return value == null ? "" : "=" + value.replace("\\", "\\\\").replace("|", "\\|");
    }
}
