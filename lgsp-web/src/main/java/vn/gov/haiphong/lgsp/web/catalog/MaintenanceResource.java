package vn.gov.haiphong.lgsp.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.catalog.boundary.MaintenanceDraft;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceAvailability;
import vn.gov.haiphong.lgsp.catalog.boundary.WideWindowView;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Maintenance windows wider than one service (Quy chế Đ.9.7, Đ.14.2): every service of one provider system, or of
 * the platform. The operator plans and cancels them; oversight and agency admins read them.
 */
@Path("admin/v1/maintenance-windows")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog-admin")
public class MaintenanceResource {

    @EJB
    ServiceAvailability availability;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listMaintenanceWindows", summary = "Lịch bảo trì toàn nền tảng / Platform and system maintenance windows",
            description = "Current and future windows over a whole provider system or the whole platform; page, size.")
    @APIResponse(responseCode = "200", description = "A page of the windows, by start")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<WideWindowView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(availability.wide(caller.get(), PageRequest.parse(page, size)));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "planMaintenanceWindow", summary = "Lên lịch bảo trì toàn nền tảng / Plan platform or system maintenance", description = "Body as "
            + "for a service's window {startsAt, endsAt, noticeVi, noticeEn, emergency, emergencyReason, "
            + "officeHoursReason}; ?system=agency/system for every service of that provider system, none for every "
            + "service of the platform. Announced at least 7 days ahead unless an emergency; the gateway answers the "
            + "services concerned 503 with Retry-After inside the window only.")
    @APIResponse(responseCode = "201", description = "Planned and announced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WideWindowView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai, báo trước dưới 7 ngày / Invalid, notice too short")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public Response plan(@QueryParam("system") String system, MaintenanceDraft draft) {
        return Response.status(Response.Status.CREATED).entity(availability.planWide(caller.get(), system, draft)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "cancelMaintenanceWindow", summary = "Huỷ lịch bảo trì / Cancel a platform or system window", description = "Audited.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "Không có lịch này / No such window")
    public Response cancel(@PathParam("id") long id) {
        availability.cancelWide(caller.get(), id);
        return Response.noContent().build();
    }
}
