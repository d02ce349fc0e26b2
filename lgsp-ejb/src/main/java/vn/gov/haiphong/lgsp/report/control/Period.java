package vn.gov.haiphong.lgsp.report.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A report's period: the days {@code [from, to)} in Asia/Ho_Chi_Minh, and the instants they begin and end at.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an empty period: " + from + " to " + to);
        }
    }

    public Instant start() {
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(VIETNAM).toInstant();
    }

    /** The start as JDBC binds a timestamptz. */
    OffsetDateTime startAt() {
        return start().atOffset(ZoneOffset.UTC);
    }

    OffsetDateTime endAt() {
        return end().atOffset(ZoneOffset.UTC);
    }

    /** "01/11/2026 – 30/11/2026": the first and the last day. */
    public String label() {
        return DAY.format(from) + " – " + DAY.format(to.minusDays(1));
    }
}
