package vn.gov.haiphong.lgsp.registry.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyKind;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * An agency as callers see it; the REST and SOAP edges map it to their own wire types.
 * For a retired agency, {@code successorCodes} are the agencies that took over its duties directly
 * and {@code currentCodes} the active ones at the end of the chain; both are {@code null} otherwise.
 * {@code formerNames} (names before renames, oldest first) is filled when one agency is asked for.
 * {@code decisionNumber} and {@code decisionDate} name the decision that issued the code.
 */
public record AgencyView(
        String code,
        String name,
        String shortName,
        String parentCode,
        AgencyKind kind,
        AgencyStatus status,
        String email,
        String phone,
        String administrativeUnitCode,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<String> successorCodes,
        List<String> currentCodes,
        List<String> formerNames,
        String decisionNumber,
        LocalDate decisionDate) {

    static AgencyView of(Agency a) {
        return of(a, null, null, null);
    }

    static AgencyView of(Agency a, List<String> successorCodes, List<String> currentCodes, List<String> formerNames) {
        return new AgencyView(a.getCode(), a.getName(), a.getShortName(),
                a.getParent() == null ? null : a.getParent().getCode(),
                a.getKind(), a.getStatus(), a.getEmail(), a.getPhone(), a.getAdministrativeUnitCode(),
                a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), successorCodes, currentCodes, formerNames,
                a.getDecisionNumber(), a.getDecisionDate());
    }
}
