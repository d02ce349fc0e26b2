package vn.gov.haiphong.lgsp.web.federation;

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
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.federation.boundary.InboundRightDraft;
import vn.gov.haiphong.lgsp.federation.boundary.InboundRightView;
import vn.gov.haiphong.lgsp.federation.boundary.InboundRights;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * A national peer's members' rights to the city's services: granted and revoked by the authority and the operator;
 * read by them, the auditor and the providing agency's administrator (its own services'). The peer calls at
 * {@code /r1/{service}} with its own token, naming the member in {@code X-Road-Client}.
 */
@Path("admin/v1/peers/{instance}/inbound-rights")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "federation-admin")
public class PeerInboundResource {

    @EJB
    InboundRights rights;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listPeerInboundRights",
            summary = "Quyền của thành viên nền tảng gọi dịch vụ thành phố / Peer members' rights to city services")
    @APIResponse(responseCode = "200", description = "A page of rights (an agency administrator: to its own services)")
    @APIResponse(responseCode = "400", description = "Trang không hợp lệ / Invalid page or size")
    @APIResponse(responseCode = "404", description = "Không có nền tảng này / No such peer")
    public PageJson<InboundRightView> list(@PathParam("instance") String instance, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return PageJson.of(Page.slice(rights.rights(caller.get(), instance), PageRequest.parse(page, size)));
    }

    @POST
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "grantPeerInboundRight",
            summary = "Cấp quyền cho thành viên nền tảng / Grant a peer member a city service",
            description = "{member: GOV/BCA/csdl-dan-cu (of the peer's instance), service: VN/GOV/H24.06/dat-dai/echo"
                    + " (every version), validUntil?}. Granting again replaces the end date.")
    @APIResponse(responseCode = "201", description = "Granted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboundRightView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có nền tảng, hệ thống hoặc dịch vụ này / No such peer,"
            + " system or service")
    public Response grant(@PathParam("instance") String instance, InboundRightDraft draft) {
        return Response.status(Response.Status.CREATED).entity(rights.grant(caller.get(), instance, draft)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "revokePeerInboundRight", summary = "Thu hồi quyền của thành viên nền tảng / Revoke")
    @APIResponse(responseCode = "204", description = "Revoked; effective for the next call")
    @APIResponse(responseCode = "404", description = "Không có quyền này / No such right")
    public Response revoke(@PathParam("instance") String instance, @PathParam("id") long id) {
        rights.revoke(caller.get(), instance, id);
        return Response.noContent().build();
    }
}
