package vn.gov.haiphong.lgsp.web.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyDraft;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyRegistry;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyView;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * Admin API of the agency registry: the operator registers agencies and keeps their details; an
 * agency admin may update the contacts of their own agency (checked again in the registry).
 */
@Path("admin/v1/agencies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry-admin")
public class AgencyAdminResource {

    @EJB
    AgencyRegistry registry;

    @Context
    UriInfo uriInfo;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "registerAgency", summary = "Đăng ký cơ quan, đơn vị / Register an agency",
            description = "For agencies that predate the platform (initial load): issues the identifier code given in "
                    + "the body under the decision that issued it (decisionNumber, decisionDate: required). The parent is "
                    + "the agency the code names as its prefix and must be registered. Codes are never reused; every "
                    + "other code is issued by an organisational change.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "Mã đã được cấp / Code already issued")
    @APIResponse(responseCode = "422", description = "Cơ quan cấp trên chưa đăng ký / Parent not registered")
    public Response register(AgencyDraft draft) {
        AgencyView created = registry.register(caller.get(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/agencies/{code}").build(created.code()))
                .tag(AgencyResource.etag(created))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}/next-code")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "suggestNextAgencyCode", summary = "Mã định danh kế tiếp / Next free code under an agency",
            description = "One more than the highest numeric group ever issued under the agency (retired codes and "
                    + "codes named by changes on their way included), two digits at least. A suggestion for a change's "
                    + "successors: the code is taken only when the change is applied.")
    @APIResponse(responseCode = "200", description = "The suggestion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextCode.class)))
    @APIResponse(responseCode = "404", description = "Không có mã định danh này / No agency has this code")
    @APIResponse(responseCode = "409", description = "Hết mã / No code left")
    public NextCode nextCode(@PathParam("code") String code) {
        return new NextCode(code, registry.nextCode(code));
    }

    /** A suggested code under a parent. */
    public record NextCode(String parentCode, String code) {
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "updateAgency", summary = "Cập nhật thông tin cơ quan, đơn vị / Update an agency's details",
            description = "Replaces name, short name, kind, status (ACTIVE/SUSPENDED) and contacts. The code "
                    + "and parent change only through organisational changes. An agency admin may change only "
                    + "the e-mail and phone of their own agency. Send If-Match with the ETag last read to avoid "
                    + "overwriting someone else's change.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "Không có mã định danh này / No agency has this code")
    @APIResponse(responseCode = "409", description = "Bản ghi đã bị thay đổi / Changed since If-Match")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AgencyDraft draft) {
        AgencyView updated = registry.update(caller.get(), code, draft, expectedVersion(ifMatch));
        return Response.ok(updated).tag(AgencyResource.etag(updated)).build();
    }

    /** {@code "3"} or {@code W/"3"} → 3; absent → no check. */
    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new LgspException(ErrorCode.INVALID_PARAMETER, HttpHeaders.IF_MATCH, ifMatch);
        }
    }
}
