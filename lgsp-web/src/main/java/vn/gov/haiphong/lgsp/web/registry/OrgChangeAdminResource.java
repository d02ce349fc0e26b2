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
import vn.gov.haiphong.lgsp.registry.boundary.OrgChangeDecision;
import vn.gov.haiphong.lgsp.registry.boundary.OrgChangeProposal;
import vn.gov.haiphong.lgsp.registry.boundary.OrgChangeView;
import vn.gov.haiphong.lgsp.registry.boundary.OrganisationalChanges;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Organisational changes (Quy chế Đ.8.3, Đ.12.3): the agency's admin files, the operator checks or returns, the
 * authority submits to the Chairman and records the decision when approving, or refuses. Codes change only when the
 * change is applied on its effective date. The roles below let every officer reach the business layer, which
 * refuses a step that is someone else's with {@code decision-reserved}, naming whose it is.
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
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "proposeOrgChange", summary = "Gửi đề nghị thay đổi tổ chức / File an organisational change",
            description = "The admin of an agency the change is about (its code among predecessors): RENAME, SPLIT, "
                    + "MERGE, DISSOLVE or REPARENT with the effective date asked for. Checked whole now; the operator "
                    + "checks it next.")
    @APIResponse(responseCode = "201", description = "FILED; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgChangeView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "403", description = "Không phải cơ quan có thay đổi / Not the changed agency's admin")
    public Response file(OrgChangeProposal proposal) {
        OrgChangeView filed = changes.file(caller.get(), proposal);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(filed.id())).build())
                .entity(filed).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listOrgChanges", summary = "Danh sách thay đổi tổ chức / List organisational changes", description = "Newest first; "
            + "?status=FILED for the operator's worklist, CHECKED and SUBMITTED for the authority's. An agency admin "
            + "sees their agency's.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public PageJson<OrgChangeView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return PageJson.of(changes.find(caller.get(), status, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getOrgChange", summary = "Một thay đổi tổ chức / One organisational change", description = "With its history.")
    @APIResponse(responseCode = "200", description = "The change")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    public OrgChangeView get(@PathParam("id") long id) {
        return changes.get(caller.get(), id);
    }

    @POST
    @Path("{id}/check")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "checkOrgChange", summary = "Kiểm tra / Check", description = "The operator: FILED → CHECKED, checked whole again. "
            + "Optional {note}.")
    @APIResponse(responseCode = "200", description = "CHECKED")
    @APIResponse(responseCode = "403", description = "Chỉ đơn vị vận hành / Only the operator")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView check(@PathParam("id") long id, Remark remark) {
        return changes.check(caller.get(), id, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "returnOrgChange", summary = "Trả lại / Return", description = "The operator, with a {reason}: FILED → RETURNED.")
    @APIResponse(responseCode = "200", description = "RETURNED")
    @APIResponse(responseCode = "400", description = "Thiếu lý do / Reason missing")
    @APIResponse(responseCode = "403", description = "Chỉ đơn vị vận hành / Only the operator")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView giveBack(@PathParam("id") long id, Remark remark) {
        return changes.giveBack(caller.get(), id, Remark.reasonOf(remark));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "submitOrgChange", summary = "Trình Chủ tịch UBND thành phố / Submit to the Chairman", description = "The authority: "
            + "CHECKED → SUBMITTED. Optional {note}.")
    @APIResponse(responseCode = "200", description = "SUBMITTED")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView submit(@PathParam("id") long id, Remark remark) {
        return changes.submit(caller.get(), id, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "approveOrgChange", summary = "Phê duyệt theo quyết định / Approve with the Chairman's decision", description = "The "
            + "authority records {decisionNumber, decisionDate, effectiveDate?, note}: SUBMITTED → APPROVED. Applied now "
            + "(APPLIED) when the effective date has come, else on that date by the scheduled job.")
    @APIResponse(responseCode = "200", description = "APPROVED or APPLIED")
    @APIResponse(responseCode = "400", description = "Thiếu số, ngày quyết định / Decision number or date missing")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView approve(@PathParam("id") long id, OrgChangeDecision decision) {
        return changes.approve(caller.get(), id, decision);
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "refuseOrgChange", summary = "Từ chối / Refuse", description = "The authority, with a {reason}: CHECKED or SUBMITTED → "
            + "REFUSED. Nothing changes in the registry.")
    @APIResponse(responseCode = "200", description = "REFUSED")
    @APIResponse(responseCode = "400", description = "Thiếu lý do / Reason missing")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView refuse(@PathParam("id") long id, Remark refusal) {
        return changes.refuse(caller.get(), id, Remark.reasonOf(refusal));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AGENCY_ADMIN})
    @Operation(operationId = "withdrawOrgChange", summary = "Rút đề nghị / Withdraw", description = "The filing agency's admin: FILED or CHECKED → WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan đã gửi / Only the filing agency")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such change")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public OrgChangeView withdraw(@PathParam("id") long id) {
        return changes.withdraw(caller.get(), id);
    }
}
