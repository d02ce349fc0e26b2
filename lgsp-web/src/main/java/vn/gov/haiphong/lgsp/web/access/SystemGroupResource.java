package vn.gov.haiphong.lgsp.web.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.gov.haiphong.lgsp.access.boundary.GroupDraft;
import vn.gov.haiphong.lgsp.access.boundary.GroupView;
import vn.gov.haiphong.lgsp.access.boundary.SystemGroups;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** System groups: kept by the operator, visible to the oversight roles and agency admins (who grant to them). */
@Path("admin/v1/system-groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access-admin")
public class SystemGroupResource {

    @EJB
    SystemGroups groups;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listSystemGroups", summary = "Các nhóm hệ thống / System groups", description = "Each group with its members; page, size.")
    @APIResponse(responseCode = "200", description = "A page of groups with their members")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<GroupView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(Page.slice(groups.all(), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getSystemGroup", summary = "Một nhóm hệ thống / One system group")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "Không có nhóm này / No such group")
    public GroupView get(@PathParam("code") String code) {
        return groups.get(code);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "createSystemGroup", summary = "Tạo nhóm hệ thống / Create a system group")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "409", description = "Đã có nhóm này / Group exists")
    public Response create(GroupDraft draft) {
        return Response.status(Response.Status.CREATED).entity(groups.create(caller.get(), draft)).build();
    }

    @PUT
    @Path("{code}/members/{agency}/{system}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "addSystemGroupMember", summary = "Thêm hệ thống vào nhóm / Add a member", description = "Idempotent; effective for the next call.")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "Không có nhóm hoặc hệ thống này / No such group or system")
    public GroupView add(@PathParam("code") String code, @PathParam("agency") String agency,
                         @PathParam("system") String system) {
        return groups.addMember(caller.get(), code, agency + "/" + system);
    }

    @DELETE
    @Path("{code}/members/{agency}/{system}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "removeSystemGroupMember", summary = "Bỏ hệ thống khỏi nhóm / Remove a member", description = "Effective for the next call.")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "Không có nhóm hoặc hệ thống này / No such group or system")
    public GroupView remove(@PathParam("code") String code, @PathParam("agency") String agency,
                            @PathParam("system") String system) {
        return groups.removeMember(caller.get(), code, agency + "/" + system);
    }
}
