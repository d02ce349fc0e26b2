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
import vn.gov.haiphong.lgsp.access.boundary.AccessRequestDraft;
import vn.gov.haiphong.lgsp.access.boundary.AccessRequestView;
import vn.gov.haiphong.lgsp.access.boundary.AccessRequests;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Access requests (đăng ký nhu cầu khai thác; Quy chế Đ.13.2, NĐ 47/2020 Đ.35): registered by the consumer's
 * agency, consented to (or not) by the provider's within five working days, decided by the authority.
 */
@Path("admin/v1/access-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access-admin")
public class AccessRequestResource {

    @EJB
    AccessRequests requests;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "fileAccessRequest", summary = "Đăng ký nhu cầu khai thác / Request access to a service", description = "consumer, service, "
            + "optional operation, purpose, legalBasis, dataFields[], frequency, optional wantedUntil. dueDate is five "
            + "working days later. service may name a national service as its peer's catalog lists it "
            + "(NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan), without an operation: nobody consents, the authority decides.")
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessRequestView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có hệ thống hoặc dịch vụ / No such system or service")
    @APIResponse(responseCode = "409", description = "Dịch vụ chưa công bố, cấp độ chưa duyệt / Service not published, "
            + "level not approved")
    public Response file(AccessRequestDraft draft) {
        AccessRequestView filed = requests.file(caller.get(), draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(filed.id())).build())
                .entity(filed).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listAccessRequests", summary = "Danh sách đề nghị khai thác / List access requests", description = "By due date; ?status=. "
            + "An agency admin sees requests their agency filed or must answer.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public PageJson<AccessRequestView> list(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"SUBMITTED", "ESCALATED", "APPROVED", "REFUSED", "WITHDRAWN"})) @QueryParam("status") String status, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        return PageJson.of(requests.find(caller.get(), status, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getAccessRequest", summary = "Một đề nghị, với lịch sử / One request with its history")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    public AccessRequestView get(@PathParam("id") long id) {
        return requests.get(caller.get(), id);
    }

    @POST
    @Path("{id}/consent")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "consentToAccessRequest", summary = "Đồng ý cung cấp / Give consent", description = "The provider's agency admin, while the request "
            + "awaits its answer (SUBMITTED, ESCALATED). Optional {note}. The authority then decides. A national "
            + "service's request takes no consent: 403 decision-reserved.")
    @APIResponse(responseCode = "200", description = "CONSENTED")
    @APIResponse(responseCode = "403", description = "Không phải cơ quan cung cấp / Not the provider's agency admin")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Đã trả lời hoặc đã quyết định / Already answered or decided")
    public AccessRequestView consent(@PathParam("id") long id, Remark remark) {
        return requests.answer(caller.get(), id, true, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/dissent")
    @RolesAllowed({Roles.AGENCY_ADMIN, Roles.OPERATOR, Roles.AUTHORITY})
    @Operation(operationId = "dissentFromAccessRequest", summary = "Không đồng ý cung cấp / Refuse consent", description = "The provider's agency admin, with a "
            + "{reason}, while the request awaits its answer. The request stays open: the authority decides.")
    @APIResponse(responseCode = "200", description = "DISSENTED")
    @APIResponse(responseCode = "400", description = "Thiếu lý do / Reason missing")
    @APIResponse(responseCode = "403", description = "Không phải cơ quan cung cấp / Not the provider's agency admin")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Đã trả lời hoặc đã quyết định / Already answered or decided")
    public AccessRequestView dissent(@PathParam("id") long id, Remark remark) {
        return requests.answer(caller.get(), id, false, Remark.reasonOf(remark));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "approveAccessRequest", summary = "Phê duyệt, cấp quyền / Approve (creates the right)", description = "The authority (and the "
            + "operator when lgsp.access.operator-decides is true), at any time while the request is open, whatever the "
            + "provider answered. Optional {note}. Anyone else: 403 decision-reserved, naming who decides. For a national "
            + "service the right granted is the peer right (peerRight), until the end of wantedUntil.")
    @APIResponse(responseCode = "200", description = "Approved; accessRight (or, for a national service, peerRight) names the right")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Đã quyết định hoặc đã rút / Already decided or withdrawn")
    public AccessRequestView approve(@PathParam("id") long id, Remark remark) {
        return requests.approve(caller.get(), id, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "refuseAccessRequest", summary = "Từ chối / Refuse", description = "Reason required; the same deciders as approve.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "403", description = "Chỉ cơ quan quản lý / Only the authority")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Đã quyết định hoặc đã rút / Already decided or withdrawn")
    public AccessRequestView refuse(@PathParam("id") long id, Remark remark) {
        return requests.refuse(caller.get(), id, Remark.reasonOf(remark));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN, Roles.AUTHORITY})
    @Operation(operationId = "withdrawAccessRequest", summary = "Rút đề nghị / Withdraw", description = "The consumer's agency, while the request is open.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public AccessRequestView withdraw(@PathParam("id") long id) {
        return requests.withdraw(caller.get(), id);
    }
}
