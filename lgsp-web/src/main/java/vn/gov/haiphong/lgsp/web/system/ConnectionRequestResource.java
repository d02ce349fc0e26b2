package vn.gov.haiphong.lgsp.web.system;

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
import vn.gov.haiphong.lgsp.system.boundary.ConnectionRequestDraft;
import vn.gov.haiphong.lgsp.system.boundary.ConnectionRequestView;
import vn.gov.haiphong.lgsp.system.boundary.ConnectionRequests;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Connection requests (đề nghị kết nối, hủy kết nối; Quy chế Đ.12.5): filed by the agency, checked by
 * the operator, decided by the authority within five working days.
 */
@Path("admin/v1/connection-requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry-admin")
public class ConnectionRequestResource {

    @EJB
    ConnectionRequests requests;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "fileConnectionRequest", summary = "Nộp đề nghị kết nối hoặc hủy kết nối / File a connection or cancellation request",
            description = "A CONNECT needs the system's security level approved. dueDate is five working days later.")
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionRequestView.class)))
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    @APIResponse(responseCode = "409", description = "Cấp độ chưa duyệt, hoặc đã có đề nghị / Level not approved, or a "
            + "request already open")
    public Response file(ConnectionRequestDraft draft) {
        ConnectionRequestView filed = requests.file(caller.get(), draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(filed.id())).build())
                .entity(filed).build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listConnectionRequests", summary = "Danh sách đề nghị / List requests", description = "By deadline. ?overdue=true: open requests "
            + "past their due date (the operator's list). An agency admin sees their own agency's.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public PageJson<ConnectionRequestView> list(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"SUBMITTED", "CHECKED", "APPROVED", "REFUSED"})) @QueryParam("status") String status,
                                                @QueryParam("overdue") boolean overdue,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(requests.find(caller.get(), status, overdue, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getConnectionRequest", summary = "Một đề nghị, với lịch sử xử lý / One request with its history")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    public ConnectionRequestView get(@PathParam("id") long id) {
        return requests.get(caller.get(), id);
    }

    @POST
    @Path("{id}/check")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "checkConnectionRequest", summary = "Kiểm tra hồ sơ / Check the request (operator)")
    @APIResponse(responseCode = "200", description = "Checked")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ConnectionRequestView check(@PathParam("id") long id, Remark remark) {
        return requests.check(caller.get(), id, Remark.noteOf(remark));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "approveConnectionRequest", summary = "Phê duyệt / Approve (authority)", description = "CONNECT: creates the system's Keycloak "
            + "client; clientSecret is in this answer only. CANCEL: disables the client.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ConnectionRequestView approve(@PathParam("id") long id) {
        return requests.approve(caller.get(), id);
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed(Roles.AUTHORITY)
    @Operation(operationId = "refuseConnectionRequest", summary = "Từ chối / Refuse (authority)", description = "Reason required.")
    @APIResponse(responseCode = "200", description = "Refused")
    @APIResponse(responseCode = "404", description = "Không có đề nghị này / No such request")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ConnectionRequestView refuse(@PathParam("id") long id, Remark remark) {
        return requests.refuse(caller.get(), id, Remark.reasonOf(remark));
    }
}
