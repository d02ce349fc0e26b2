package vn.gov.haiphong.lgsp.monitoring.control;

import java.nio.ByteBuffer;
import org.HdrHistogram.Histogram;

/**
 * A mergeable latency sketch: an HdrHistogram of microseconds (1 µs up to one hour, two significant digits — every
 * percentile within 1 %; its array grows only as far as the largest value recorded), so that percentiles over any period are computed from the merged histograms of its buckets,
 * never as averages of averages. Stored as HdrHistogram's own uncompressed encoding (varint counts, a few hundred
 * bytes), which PostgreSQL compresses where it pays; decoding it needs no inflater, which keeps a month's merge fast.
 */
public final class LatencySketch {

    static final long HIGHEST_MICROS = 3_600_000_000L;
    private static final int DIGITS = 2;

    private final Histogram histogram;

    private LatencySketch(Histogram histogram) {
        this.histogram = histogram;
    }

    public static LatencySketch empty() {
        Histogram h = new Histogram(DIGITS); // grows with the largest value recorded: small for fast services
        h.setAutoResize(true);
        return new LatencySketch(h);
    }

    /** The sketch a stored encoding holds; an empty one for null or no bytes. */
    public static LatencySketch decode(byte[] encoded) {
        if (encoded == null || encoded.length == 0) {
            return empty();
        }
        Histogram h = Histogram.decodeFromByteBuffer(ByteBuffer.wrap(encoded), 0);
        h.setAutoResize(true);
        return new LatencySketch(h);
    }

    /** Records one duration; negative ones count as 0 and longer than an hour as an hour. */
    public LatencySketch record(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, HIGHEST_MICROS)));
        return this;
    }

    /** Adds every value of {@code other} to this sketch. */
    public LatencySketch add(LatencySketch other) {
        histogram.add(other.histogram);
        return this;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The value at percentile {@code p} (0–100) in milliseconds, to 0.01 ms; null when the sketch is empty. */
    public Double percentileMillis(double p) {
        if (histogram.getTotalCount() == 0) {
            return null;
        }
        return Math.round(histogram.getValueAtPercentile(p) / 10.0) / 100.0;
    }

    public byte[] encode() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}
