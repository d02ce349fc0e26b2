package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which monthly partitions of the exchange log (thời hạn lưu nhật ký) may go: a month's partition is
 * dropped only when every record it can hold is older than the retention — its end (the first day of the
 * next month) is on or before today minus the retention's months — so every record is kept at least that
 * long. A retention of 0 months keeps everything.
 */
public final class Retention {

    private static final Pattern MONTHLY = Pattern.compile("exchange_log_(\\d{4})_(\\d{2})");

    private Retention() {
    }

    /** The month a partition holds, from the name {@code lgsp_exchange_log_partition} gives it; empty for others. */
    public static Optional<YearMonth> monthOf(String table) {
        Matcher m = MONTHLY.matcher(table);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }

    public static boolean expired(YearMonth month, int retentionMonths, LocalDate today) {
        return retentionMonths > 0 && !month.plusMonths(1).atDay(1).isAfter(today.minusMonths(retentionMonths));
    }
}
