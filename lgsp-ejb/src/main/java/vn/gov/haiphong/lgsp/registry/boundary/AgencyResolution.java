package vn.gov.haiphong.lgsp.registry.boundary;

import java.util.List;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * Where an identifier code stands today.
 *
 * @param successorCodes agencies that took over its duties directly (empty while active)
 * @param currentCodes   the active agencies at the end of every succession path (itself while active)
 */
public record AgencyResolution(String code, AgencyStatus status, List<String> successorCodes,
                               List<String> currentCodes) {
}
