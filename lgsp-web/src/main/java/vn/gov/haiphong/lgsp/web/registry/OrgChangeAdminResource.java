package vn.gov.haiphong.lgsp.web.registry;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.registry.boundary.OrgChangeProposal;
import vn.gov.haiphong.lgsp.registry.boundary.OrgChangeView;
import vn.gov.haiphong.lgsp.registry.boundary.OrganisationalChanges;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Organisational changes (Quy chế Đ.8.3): the operator proposes, the authority approves or refuses.
 * Nothing in the registry changes before approval.
 */
@Path("admin/v1/org-changes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry-admin")
public class OrgChangeAdminResource {

    @EJB
    OrganisationalChanges changes;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "proposeOrgChange", summary = "Đề xuất thay đổi tổ chức / Propose an organisational change",
            description = "RENAME, SPLIT, MERGE, DISSOLVE or REPARENT with the decision's number, date and maker. "
                    + "Checked whole now and again at approval; new codes are issued only on approval.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the proposal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgChangeView.class)))
    public Response propose(OrgChangeProposal proposal) {
        OrgChangeView proposed = changes.propose(caller.get(), proposal);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(proposed.id())).build())
                .entity(proposed).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR})
    @Operation(operationId = "listOrgChanges", summary = "Danh sách đề xuất / List proposals", description = "Newest first; ?status=PROPOSED for "
            + "the authority's worklist.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    public PageJson<OrgChangeView> list(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PROPOSED", "APPROVED", "REFUSED"})) @QueryParam("status") String status, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return PageJson.of(changes.find(status, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR})
    @Operation(operationId = "getOrgChange", summary = "Một đề xuất / One proposal")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "404", description = "Không có đề xuất này / No such proposal")
    public OrgChangeView get(@PathParam("id") long id) {
        return changes.get(id);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "approveOrgChange", summary = "Phê duyệt / Approve", description = "Applies the change: new codes, retired codes with "
            + "their successors, former names — in one transaction.")
    @APIResponse(responseCode = "200", description = "Approved and applied")
    @APIResponse(responseCode = "404", description = "Không có đề xuất này / No such proposal")
    @APIResponse(responseCode = "409", description = "Đã được quyết định / Already decided")
    public OrgChangeView approve(@PathParam("id") long id) {
        return changes.approve(caller.get(), id);
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "refuseOrgChange", summary = "Từ chối / Refuse", description = "A reason is required. Nothing changes in the registry.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "404", description = "Không có đề xuất này / No such proposal")
    @APIResponse(responseCode = "409", description = "Đã được quyết định / Already decided")
    public OrgChangeView refuse(@PathParam("id") long id, Remark refusal) {
        return changes.refuse(caller.get(), id, Remark.reasonOf(refusal));
    }
}
