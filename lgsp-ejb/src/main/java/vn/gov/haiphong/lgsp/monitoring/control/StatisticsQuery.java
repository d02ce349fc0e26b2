package vn.gov.haiphong.lgsp.monitoring.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;

/**
 * A statistics question: buckets of one size over [from, to), optionally narrowed to a service, a consumer system, a
 * provider agency or a consumer agency. {@code from} is moved back to the start of its bucket, so every bucket
 * answered is whole.
 *
 * @param service        X-Road service without version, or null
 * @param consumer       X-Road consumer system, or null
 * @param providerAgency agency code, or null
 * @param consumerAgency agency code, or null
 */
public record StatisticsQuery(Instant from, Instant to, Bucket bucket, String service, String consumer,
                              String providerAgency, String consumerAgency) {

    /** The most buckets one answer holds: a day of minutes, two months of hours, five years of days. */
    public static final int MAX_BUCKETS = 2000;

    /** Bucket sizes, and the span of stored rows each is summed from. */
    public enum Bucket {
        MINUTE(StatKey.Span.MINUTE, Duration.ofMinutes(1)),
        HOUR(StatKey.Span.HOUR, Duration.ofHours(1)),
        DAY(StatKey.Span.DAY, Duration.ofDays(1)),
        MONTH(StatKey.Span.DAY, Duration.ofDays(31));

        public final StatKey.Span span;
        final Duration length;

        Bucket(StatKey.Span span, Duration length) {
            this.span = span;
            this.length = length;
        }

        /** The start of the bucket holding {@code at}. */
        public Instant startOf(Instant at) {
            if (this == MONTH) {
                ZonedDateTime day = at.atZone(StatKey.VIETNAM).truncatedTo(ChronoUnit.DAYS);
                return day.withDayOfMonth(1).toInstant();
            }
            return span.bucketOf(at);
        }
    }

    public StatisticsQuery {
        from = bucket.startOf(from);
        if (!from.isBefore(to)) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "from", "before to");
        }
        long buckets = Duration.between(from, to).toSeconds() / Math.max(1, bucket.length.toSeconds());
        if (buckets > MAX_BUCKETS) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, "bucket",
                    "at most " + MAX_BUCKETS + " buckets between from and to; a larger bucket (minute, hour, day, month)");
        }
    }
}
