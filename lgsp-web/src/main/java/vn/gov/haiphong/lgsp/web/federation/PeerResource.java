package vn.gov.haiphong.lgsp.web.federation;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.federation.boundary.PeerDraft;
import vn.gov.haiphong.lgsp.federation.boundary.PeerRightDraft;
import vn.gov.haiphong.lgsp.federation.boundary.PeerRightView;
import vn.gov.haiphong.lgsp.federation.boundary.PeerServiceView;
import vn.gov.haiphong.lgsp.federation.boundary.PeerView;
import vn.gov.haiphong.lgsp.federation.boundary.Peers;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * National peers (Quy chế Đ.2.3, Đ.6.2): configured, and rights to their services granted, by the authority and the
 * operator; read by the auditor; their catalogs read by everyone authenticated (city systems discover national
 * services there, then call them at {@code /r1/{service}}).
 */
@Path("admin/v1/peers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "federation-admin")
public class PeerResource {

    @EJB
    Peers peers;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "listPeers", summary = "Các nền tảng ngang hàng / National peers", description = "By instance; page, size.")
    @APIResponse(responseCode = "200", description = "A page of peers")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<PeerView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(Page.slice(peers.all(caller.get()), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{instance}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getPeer", summary = "Một nền tảng ngang hàng / One peer")
    @APIResponse(responseCode = "200", description = "The peer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class)))
    @APIResponse(responseCode = "404", description = "Không có nền tảng này / No such peer")
    public PeerView get(@PathParam("instance") String instance) {
        return peers.get(caller.get(), instance);
    }

    @PUT
    @Path("{instance}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "putPeer", summary = "Khai báo nền tảng ngang hàng / Configure a peer",
            description = "{baseUrl, memberClass, memberCode, subsystemCode (the LGSP's member subsystem at the peer),"
                    + " tokenUrl, clientId, secretProperty (a configuration property lgsp.peer.… holding the secret),"
                    + " timeoutMs (100–120000), enabled}. Creates or replaces; effective for the next call.")
    @APIResponse(responseCode = "200", description = "The peer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    public PeerView put(@PathParam("instance") String instance, PeerDraft draft) {
        return peers.put(caller.get(), instance, draft);
    }

    @DELETE
    @Path("{instance}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "deletePeer", summary = "Bỏ nền tảng ngang hàng / Remove a peer",
            description = "With its catalog and every right to its services.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Không có nền tảng này / No such peer")
    public Response delete(@PathParam("instance") String instance) {
        peers.delete(caller.get(), instance);
        return Response.noContent().build();
    }

    @POST
    @Path("{instance}/catalog")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "refreshPeerCatalog", summary = "Lấy danh mục dịch vụ của nền tảng / Fetch a peer's catalog",
            description = "listClients, then listMethods of each client, at the peer, now. A service no longer listed is"
                    + " kept unlisted (not callable), with its rights.")
    @APIResponse(responseCode = "200", description = "The peer's services")
    @APIResponse(responseCode = "400", description = "Không lấy được danh mục / The catalog could not be fetched")
    @APIResponse(responseCode = "502", description = "Nền tảng từ chối LGSP / The peer refused the LGSP's credentials")
    public List<PeerServiceView> refreshCatalog(@PathParam("instance") String instance) {
        return peers.refreshCatalog(caller.get(), instance);
    }

    @GET
    @Path("{instance}/services")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listPeerServices", summary = "Dịch vụ của nền tảng ngang hàng / A peer's services",
            description = "As last fetched; call one at /r1/{name}{path} once a right is granted. page, size.")
    @APIResponse(responseCode = "200", description = "A page of the peer's services")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    @APIResponse(responseCode = "404", description = "Không có nền tảng này / No such peer")
    public PageJson<PeerServiceView> services(@PathParam("instance") String instance, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        return PageJson.of(peers.catalog(caller.get(), instance, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{instance}/rights")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "listPeerRights", summary = "Quyền gọi dịch vụ của nền tảng / Rights to a peer's services",
            description = "In the order granted; page, size.")
    @APIResponse(responseCode = "200", description = "A page of rights")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    @APIResponse(responseCode = "404", description = "Không có nền tảng này / No such peer")
    public PageJson<PeerRightView> rights(@PathParam("instance") String instance, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return PageJson.of(peers.rights(caller.get(), instance, PageRequest.parse(page, size)));
    }

    @POST
    @Path("{instance}/rights")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "grantPeerRight", summary = "Cấp quyền gọi dịch vụ của nền tảng / Grant a right",
            description = "{service: NDXP/GOV/BCA/csdl-dan-cu/tra-cuu-cong-dan, system: H24.10/his, validUntil?}."
                    + " Granting again replaces the end date.")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerRightView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ hoặc hệ thống này / No such service or system")
    public Response grant(@PathParam("instance") String instance, PeerRightDraft draft) {
        return Response.status(Response.Status.CREATED).entity(peers.grant(caller.get(), instance, draft)).build();
    }

    @DELETE
    @Path("{instance}/rights/{id}")
    @RolesAllowed({Roles.AUTHORITY, Roles.OPERATOR})
    @Operation(operationId = "revokePeerRight", summary = "Thu hồi quyền / Revoke a right")
    @APIResponse(responseCode = "204", description = "Revoked; effective for the next call")
    @APIResponse(responseCode = "404", description = "Không có quyền này / No such right")
    public Response revoke(@PathParam("instance") String instance, @PathParam("id") long id) {
        peers.revoke(caller.get(), instance, id);
        return Response.noContent().build();
    }
}
