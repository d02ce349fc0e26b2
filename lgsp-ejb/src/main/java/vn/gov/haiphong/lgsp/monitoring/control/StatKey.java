package vn.gov.haiphong.lgsp.monitoring.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * One row of the statistics rollup: a span's bucket × service × consumer system (agencies derived from them).
 *
 * @param service        X-Road service without version, or {@link #UNKNOWN}
 * @param client         X-Road consumer system, or {@link #UNKNOWN}
 * @param providerAgency the service's agency code, or {@link #UNKNOWN}
 * @param consumerAgency the consumer's agency code, or {@link #UNKNOWN}
 */
public record StatKey(Span span, Instant bucket, String service, String client, String providerAgency,
                      String consumerAgency) {

    /** What an unregistered service or consumer folds into. */
    public static final String UNKNOWN = "-";
    /**
     * The consumer (and consumer agency) of the rows that sum every consumer of a service, and the service (and
     * provider agency) too of the rows that sum all traffic: a question that asks about neither reads those.
     */
    public static final String EVERY_CONSUMER = "*";
    /** Business time (day and month buckets). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The spans rows are kept in; months are summed from days. */
    public enum Span {
        MINUTE, HOUR, DAY;

        /** The start of the bucket of this span that holds {@code at}. */
        public Instant bucketOf(Instant at) {
            return switch (this) {
                case MINUTE -> at.truncatedTo(ChronoUnit.MINUTES);
                case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
                case DAY -> at.atZone(VIETNAM).truncatedTo(ChronoUnit.DAYS).toInstant();
            };
        }
    }
}
