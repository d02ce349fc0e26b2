package vn.gov.haiphong.lgsp.web.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.access.boundary.AccessRights;
import vn.gov.haiphong.lgsp.access.boundary.GrantDraft;
import vn.gov.haiphong.lgsp.access.boundary.RightView;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Access rights: granted by the authority (or the operator acting for it, when configured) — through access
 * requests, or here; revoked by them or the provider's agency admin; read by the oversight roles.
 */
@Path("admin/v1/access-rights")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access-admin")
public class AccessRightResource {

    @EJB
    AccessRights rights;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listAccessRights", summary = "Danh sách quyền khai thác / List access rights", description = "?service=, ?consumer=, "
            + "?live=true for rights that work now. An agency admin sees those their agency provides or holds.")
    @APIResponse(responseCode = "200", description = "A page of rights")
    public PageJson<RightView> list(@QueryParam("service") String service, @QueryParam("consumer") String consumer,
                                    @QueryParam("live") boolean live, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return PageJson.of(rights.find(caller.get(), service, consumer, live, PageRequest.parse(page, size)));
    }

    @POST
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "grantAccessRight", summary = "Cấp quyền khai thác / Grant a right", description = "The authority (and the operator when "
            + "lgsp.access.operator-decides is true); a provider's agency admin answers access requests instead "
            + "(403 decision-reserved). To a system (consumer) or a group; the whole service or one operation; optional "
            + "validUntil. Effective for the very next call.")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RightView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ, hệ thống hoặc nhóm / No such service, system or group")
    @APIResponse(responseCode = "409", description = "Đã có quyền này / Right exists")
    public Response grant(GrantDraft draft) {
        return Response.status(Response.Status.CREATED).entity(rights.grant(caller.get(), draft)).build();
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "revokeAccessRight", summary = "Thu hồi quyền / Revoke a right", description = "Optional {reason}. Effective for the very next call.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "404", description = "Không có quyền này / No such right")
    public RightView revoke(@PathParam("id") long id, Remark remark) {
        return rights.revoke(caller.get(), id, Remark.reasonOf(remark));
    }
}
