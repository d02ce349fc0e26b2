package vn.gov.haiphong.lgsp.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The holiday calendar in {@code /health/ready}: always UP (deadlines are still counted, weekends excepted), with the
 * {@code years} recorded and, as {@code missing}, the years needed without holidays — this year, the next, and any
 * that working-day arithmetic on this node reached — and a {@code warning} while any is missing, so that the operator
 * records them rather than trusting a count that treats public holidays as working days.
 */
@Readiness
@ApplicationScoped
public class HolidayCalendarReadinessCheck implements HealthCheck {

    static final String NAME = "lgsp-holiday-calendar";

    private volatile HolidayCalendarState state;

    void started(@Observes HolidayCalendarState started) {
        state = started;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        HolidayCalendarState s = state;
        if (s == null) {
            data.put("warning", "the holiday calendar has not started");
        } else {
            try {
                HolidayCoverage coverage = s.coverage().get();
                data.put("years", join(coverage.years()));
                data.put("missing", join(coverage.missing()));
                if (!coverage.missing().isEmpty()) {
                    data.put("warning", "no public holidays recorded for " + join(coverage.missing())
                            + ": working days there count weekends only");
                }
            } catch (RuntimeException e) {
                data.put("warning", "the holiday calendar could not be read: " + e.getMessage());
            }
        }
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(data));
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
