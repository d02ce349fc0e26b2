package vn.gov.haiphong.lgsp.exchangelog.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Narrows a search window to the periods that had traffic: given the days (bucket starts) on which the statistics
 * counted exchanges, the window cut to those days, neighbouring days joined into one period. Days the statistics
 * cannot speak for (before their first row) stay in whole. At most {@link #MAX_PERIODS} periods: beyond that, the
 * periods with the shortest gaps between them are joined, so that the condition stays small.
 */
public final class ActivePeriods {

    /** The most periods one search condition names. */
    static final int MAX_PERIODS = 32;

    private ActivePeriods() {
    }

    /** [from, to). */
    public record Period(Instant from, Instant to) {
    }

    /**
     * @param from         the window's start
     * @param to           the window's end (exclusive)
     * @param coveredFrom  where the statistics start (their first day); null: they hold nothing, use the whole window
     * @param activeDays   starts of the days (from {@code coveredFrom} on) with at least one exchange, ascending
     * @param dayEnd       the end of the day starting at a given start (days are in business time)
     */
    public static List<Period> within(Instant from, Instant to, Instant coveredFrom, List<Instant> activeDays,
                                      UnaryOperator<Instant> dayEnd) {
        if (coveredFrom == null) {
            return List.of(new Period(from, to));
        }
        List<Period> periods = new ArrayList<>();
        if (from.isBefore(coveredFrom)) {
            periods.add(new Period(from, min(coveredFrom, to)));
        }
        for (Instant day : activeDays) {
            Instant start = max(day, from);
            Instant end = min(dayEnd.apply(day), to);
            if (!start.isBefore(end)) {
                continue;
            }
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && !last.to().isBefore(start)) {
                periods.set(periods.size() - 1, new Period(last.from(), max(last.to(), end)));
            } else {
                periods.add(new Period(start, end));
            }
        }
        return joinClosest(periods);
    }

    /** Joins the periods separated by the shortest gaps until at most {@link #MAX_PERIODS} are left. */
    static List<Period> joinClosest(List<Period> periods) {
        List<Period> joined = new ArrayList<>(periods);
        while (joined.size() > MAX_PERIODS) {
            int closest = 0;
            Comparator<Integer> byGap = Comparator.comparing(i -> Duration.between(joined.get(i).to(), joined.get(i + 1).from()));
            for (int i = 1; i < joined.size() - 1; i++) {
                if (byGap.compare(i, closest) < 0) {
                    closest = i;
                }
            }
            joined.set(closest, new Period(joined.get(closest).from(), joined.get(closest + 1).to()));
            joined.remove(closest + 1);
        }
        return List.copyOf(joined);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
