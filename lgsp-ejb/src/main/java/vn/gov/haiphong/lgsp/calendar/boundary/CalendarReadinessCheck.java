package vn.gov.haiphong.lgsp.calendar.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The holiday calendar in {@code /health/ready}: always UP (deadlines are still counted, weekends excepted), with the
 * years recorded and, as {@code missing}, the years needed without holidays — this year, the next, and any that
 * working-day arithmetic on this node reached — so that the operator records them.
 */
@Readiness
@ApplicationScoped
public class CalendarReadinessCheck implements HealthCheck {

    static final String NAME = "lgsp-holiday-calendar";

    @EJB
    WorkingCalendar calendar;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        try {
            WorkingCalendar.Coverage coverage = calendar.coverage();
            data.put("years", join(coverage.years()));
            data.put("missing", join(coverage.missing()));
            if (!coverage.missing().isEmpty()) {
                data.put("warning", "no public holidays recorded for " + join(coverage.missing())
                        + ": working days there count weekends only");
            }
        } catch (RuntimeException e) {
            data.put("warning", "the holiday calendar could not be read: " + e.getMessage());
        }
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(data));
    }

    private static String join(java.util.List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
