package vn.gov.haiphong.lgsp.web.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.boundary.SecurityLevelDeclaration;
import vn.gov.haiphong.lgsp.system.boundary.SystemDraft;
import vn.gov.haiphong.lgsp.system.boundary.SystemView;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Registering information systems and their security level: an agency admin for their own agency
 * (or the operator); the authority verifies the level.
 */
@Path("admin/v1/systems")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry-admin")
public class SystemAdminResource {

    @EJB
    InformationSystems systems;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "registerSystem", summary = "Đăng ký hệ thống thông tin / Register an information system")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemView.class)))
    @APIResponse(responseCode = "409", description = "Đã đăng ký / Already registered")
    public Response register(SystemDraft draft) {
        SystemView system = systems.register(caller.get(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/systems/{agency}/{system}")
                .build(system.agencyCode(), system.systemCode())).entity(system).build();
    }

    @POST
    @Path("{agency}/{system}/security-level")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "declareSecurityLevel", summary = "Khai báo cấp độ an toàn / Declare the security level",
            description = "Level 1–5 (Nghị định 85/2016) with the approving decision and, optionally, the date it is to "
                    + "be reviewed by (validUntil, after the decision); awaits the authority's check.")
    @APIResponse(responseCode = "200", description = "Declared (PENDING)")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public SystemView declare(@PathParam("agency") String agency, @PathParam("system") String system,
                              SecurityLevelDeclaration declaration) {
        return systems.declareSecurityLevel(caller.get(), agency, system, declaration);
    }

    @POST
    @Path("{agency}/{system}/security-level/approve")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "approveSecurityLevel", summary = "Xác nhận cấp độ an toàn / Approve the declared security level")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    @APIResponse(responseCode = "409", description = "Không chờ xác nhận / Nothing awaiting review")
    public SystemView approve(@PathParam("agency") String agency, @PathParam("system") String system) {
        return systems.reviewSecurityLevel(caller.get(), agency, system, true, null);
    }

    @POST
    @Path("{agency}/{system}/security-level/refuse")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "refuseSecurityLevel", summary = "Từ chối cấp độ an toàn / Refuse the declared security level", description = "Reason required.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    @APIResponse(responseCode = "409", description = "Không chờ xác nhận / Nothing awaiting review")
    public SystemView refuse(@PathParam("agency") String agency, @PathParam("system") String system, Remark remark) {
        return systems.reviewSecurityLevel(caller.get(), agency, system, false, Remark.reasonOf(remark));
    }

    @POST
    @Path("{agency}/{system}/suspend")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "suspendSystem", summary = "Tạm dừng kết nối của hệ thống / Suspend a system", description = "{reason} required; the "
            + "gateway refuses its calls (Server.ClientProxy.ClientSuspended) until resumed.")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "400", description = "Thiếu lý do / Reason required")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public SystemView suspend(@PathParam("agency") String agency, @PathParam("system") String system, Remark remark) {
        return systems.suspend(caller.get(), agency, system, Remark.reasonOf(remark));
    }

    @POST
    @Path("{agency}/{system}/resume")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "resumeSystem", summary = "Mở lại kết nối của hệ thống / Resume a suspended system")
    @APIResponse(responseCode = "200", description = "Resumed")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public SystemView resume(@PathParam("agency") String agency, @PathParam("system") String system) {
        return systems.resume(caller.get(), agency, system);
    }
}
