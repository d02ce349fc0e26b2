package vn.gov.haiphong.lgsp.report.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What needs the authority's attention now (Quy chế Đ.15.2), each list oldest or most urgent first.
 *
 * @param overdueRequests         open requests of every kind past their due date
 * @param systemsWithoutApprovedLevel connected systems whose security level is not approved (Đ.13.6)
 * @param securityLevelsLapsing   connected systems whose approved level lapses within {@code lapseDays} (or has)
 * @param servicesWithoutContract services not retired that have no contract document (OpenAPI or WSDL)
 * @param agenciesWithoutContact  agencies taking part (a system not cancelled) with no contact (Đ.13.1)
 * @param codeListsOutdated       code lists whose legal basis is dated after their current version took effect
 */
public record OversightView(Instant at, int lapseDays, List<OverdueRequest> overdueRequests,
                           List<SystemItem> systemsWithoutApprovedLevel, List<SystemItem> securityLevelsLapsing,
                           List<ServiceItem> servicesWithoutContract, List<AgencyItem> agenciesWithoutContact,
                           List<CodeListItem> codeListsOutdated) {

    /** kind: ACCESS, CONNECTION or ORG_CHANGE; subject: what it asks for. */
    public record OverdueRequest(String kind, long id, String subject, String agencyCode, String status, Instant filedAt,
                                 LocalDate dueDate) {
    }

    public record SystemItem(String system, String name, String securityStatus, Integer securityLevel,
                             LocalDate securityValidUntil) {
    }

    public record ServiceItem(String service, String title, String status) {
    }

    public record AgencyItem(String code, String name) {
    }

    public record CodeListItem(String list, String name, String legalBasisNumber, LocalDate legalBasisDate,
                               Integer currentVersion, LocalDate currentEffectiveFrom) {
    }
}
