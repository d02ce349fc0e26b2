package vn.gov.haiphong.lgsp.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.audit.boundary.AuditView;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The admin change audit, newest first. */
@Path("admin/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit-admin")
public class AuditResource {

    @EJB
    AdminAuditLog audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listAuditEntries", summary = "Nhật ký thay đổi quản trị / Admin change audit",
            description = "Who changed what and when, with old and new values. The operator, authority and "
                    + "auditor read every entry; an agency admin reads only their own agency's.")
    @APIResponse(responseCode = "200", description = "A page of audit entries, newest first")
    public PageJson<AuditView> list(
            @Parameter(description = "Loại bản ghi / Entity type: agency, org-change, system, connection-request, "
                    + "service, service-availability, access-right, access-request, system-group, code-list, "
                    + "exchange_log_partition, exchange_body", example = "agency")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "e.g. H24.08") @QueryParam("entityKey") String entityKey,
            @Parameter(description = "Only changes to this agency's records") @QueryParam("agency") String agency,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(audit.find(caller.get(), entityType, entityKey, agency, PageRequest.parse(page, size)));
    }
}
