package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.gov.haiphong.lgsp.common.health.HolidayCalendarState;

/** Hands the readiness check in the EAR's lib a way to read the calendar's coverage, once, at start. */
@Singleton
@Startup
public class CalendarAnnouncer {

    @EJB
    WorkingCalendar calendar;

    @Inject
    Event<HolidayCalendarState> announce;

    @PostConstruct
    void start() {
        announce.fire(new HolidayCalendarState(calendar::coverage));
    }
}
