package vn.gov.haiphong.lgsp.common.health;

import java.util.List;

/**
 * Which years have public holidays recorded, and which years the platform needs without any (this one, the next, and
 * those working-day arithmetic reached): those are counted with weekends only.
 */
public record HolidayCoverage(List<Integer> years, List<Integer> missing) {

    public HolidayCoverage {
        years = List.copyOf(years);
        missing = List.copyOf(missing);
    }
}
