package vn.gov.haiphong.lgsp.exchangelog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.exchangelog.control.ActivePeriods.Period;

/** A long search window cut to the days that had traffic. */
class ActivePeriodsTest {

    static final Instant D1 = Instant.parse("2026-01-01T17:00:00Z"); // midnight in Vietnam
    static final Duration DAY = Duration.ofDays(1);

    static Instant day(int n) {
        return D1.plus(DAY.multipliedBy(n));
    }

    static List<Period> within(Instant from, Instant to, Instant covered, List<Instant> days) {
        return ActivePeriods.within(from, to, covered, days, d -> d.plus(DAY));
    }

    @Test
    void withoutStatisticsTheWholeWindowIsRead() {
        assertEquals(List.of(new Period(day(0), day(90))), within(day(0), day(90), null, List.of()));
    }

    @Test
    void activeDaysAreCutToTheWindowAndNeighboursJoin() {
        Instant from = day(0).plusSeconds(3600);
        Instant to = day(9).plusSeconds(60);
        assertEquals(List.of(new Period(from, day(3)), new Period(day(5), day(6)), new Period(day(9), to)),
                within(from, to, day(-10), List.of(day(0), day(1), day(2), day(5), day(9))));
        assertEquals(List.of(), within(from, to, day(-10), List.of()));
    }

    @Test
    void daysBeforeTheStatisticsStartAreReadWhole() {
        assertEquals(List.of(new Period(day(0), day(5)), new Period(day(7), day(8))),
                within(day(0), day(20), day(5), List.of(day(7))));
        assertEquals(List.of(new Period(day(0), day(6))), within(day(0), day(20), day(5), List.of(day(5))));
    }

    @Test
    void manyPeriodsJoinAcrossTheShortestGaps() {
        List<Instant> days = new ArrayList<>();
        for (int i = 0; i < 100; i += 2) {
            days.add(day(i));
        }
        days.add(day(101)); // one gap of a day after day 98, then a gap of 2 days
        List<Period> periods = within(day(0), day(200), day(0), days);
        assertEquals(ActivePeriods.MAX_PERIODS, periods.size());
        assertEquals(day(0), periods.get(0).from());
        assertEquals(day(102), periods.get(periods.size() - 1).to());
        for (Instant d : days) {
            assertEquals(1, periods.stream().filter(p -> !d.isBefore(p.from()) && d.isBefore(p.to())).count(), d.toString());
        }
    }
}
