package vn.gov.haiphong.lgsp.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The years this node's working-day arithmetic reached without a holiday recorded in them: counted as if only weekends
 * were days off, and flagged (readiness details, status board) rather than trusted silently.
 */
@ApplicationScoped
public class CalendarGaps {

    private final Set<Integer> reached = new ConcurrentSkipListSet<>();

    public void reached(int year) {
        reached.add(year);
    }

    public Set<Integer> reached() {
        return Set.copyOf(reached);
    }
}
