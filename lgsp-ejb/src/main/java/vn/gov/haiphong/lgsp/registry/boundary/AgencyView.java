package vn.gov.haiphong.lgsp.registry.boundary;

import java.time.Instant;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyKind;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/** An agency as callers see it; the REST and SOAP edges map it to their own wire types. */
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
        int version) {

    static AgencyView of(Agency a) {
        return new AgencyView(a.getCode(), a.getName(), a.getShortName(),
                a.getParent() == null ? null : a.getParent().getCode(),
                a.getKind(), a.getStatus(), a.getEmail(), a.getPhone(), a.getAdministrativeUnitCode(),
                a.getCreatedAt(), a.getUpdatedAt(), a.getVersion());
    }
}
