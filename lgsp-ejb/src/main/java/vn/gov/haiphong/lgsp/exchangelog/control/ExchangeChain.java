package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.gov.haiphong.lgsp.common.Hashes;

/**
 * The hash chain of one node's exchange records: {@code hash = SHA-256(prev_hash | node | seq | fields)}
 * over a canonical text of every logged field, the first record's {@code prev_hash} being {@link #GENESIS}.
 * Changing any field of a stored record, or removing one, breaks the chain from there.
 */
public final class ExchangeChain {

    public static final String GENESIS = "0".repeat(64);

    private ExchangeChain() {
    }

    public static String hash(String previous, String node, long seq, ExchangeRecord r) {
        return Hashes.sha256Hex(previous + "|" + node + "|" + seq + "|" + canonical(r));
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
