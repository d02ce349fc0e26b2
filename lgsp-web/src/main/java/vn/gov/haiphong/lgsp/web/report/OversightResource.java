package vn.gov.haiphong.lgsp.web.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.report.boundary.Oversight;
import vn.gov.haiphong.lgsp.report.boundary.OversightView;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The authority's oversight view (Quy chế Đ.15.2); the operator and the auditor read it too. */
@Path("admin/v1/oversight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report-admin")
public class OversightResource {

    @EJB
    Oversight oversight;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getOversight", summary = "Những việc cần cơ quan chủ quản xem xét / What needs the authority's attention",
            description = "Overdue requests of every kind, connected systems without an approved security level or "
                    + "with one lapsing within lapseDays, services without a contract, agencies without a contact, "
                    + "code lists older than their legal basis.")
    @APIResponse(responseCode = "200", description = "The lists, each possibly empty")
    public OversightView view() {
        return oversight.view(caller.get());
    }
}
