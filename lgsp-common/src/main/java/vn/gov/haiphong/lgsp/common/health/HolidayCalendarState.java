package vn.gov.haiphong.lgsp.common.health;

import java.util.function.Supplier;

/**
 * What the holiday calendar announces when the platform starts, as a CDI event, for {@link HolidayCalendarReadinessCheck}
 * (which, in the EAR's lib, cannot see the EJB module's beans, but receives their events).
 *
 * @param coverage reads the calendar's coverage now
 */
public record HolidayCalendarState(Supplier<HolidayCoverage> coverage) {
}
