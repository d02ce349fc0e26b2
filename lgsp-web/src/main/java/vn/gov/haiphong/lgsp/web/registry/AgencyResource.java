package vn.gov.haiphong.lgsp.web.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyQuery;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyResolution;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyRegistry;
import vn.gov.haiphong.lgsp.registry.boundary.AgencyView;
import vn.gov.haiphong.lgsp.web.common.PageJson;

/** Read API of the agency registry: any authenticated caller (officer or system). */
@Path("api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@RolesAllowed(Roles.ANY_AUTHENTICATED)
public class AgencyResource {

    @EJB
    AgencyRegistry registry;

    @GET
    @Operation(operationId = "listAgencies", summary = "Danh sách cơ quan, đơn vị / List agencies",
            description = "Ordered by code. `q` matches words of the name or short name in order, with or "
                    + "without diacritics (\"so khoa hoc\" finds \"Sở Khoa học và Công nghệ\").")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    public PageJson<AgencyView> list(
            @Parameter(description = "Words of the name, with or without diacritics") @QueryParam("q") String q,
            @Parameter(description = "Only units directly under this agency code") @QueryParam("parent") String parent,
            @Parameter(description = "ACTIVE, SUSPENDED or RETIRED",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "SUSPENDED", "RETIRED"})) @QueryParam("status") String status,
            @Parameter(description = "Zero-based page number (default 0)") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1–100 (default 20)") @QueryParam("size") String size) {
        return PageJson.of(registry.find(new AgencyQuery(q, parent, status), PageRequest.parse(page, size)));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getAgency", summary = "Một cơ quan, đơn vị theo mã định danh / One agency by identifier code",
            description = "The ETag is the record's version; send it as If-Match when updating.")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "Không có mã định danh này / No agency has this code")
    public Response get(@Parameter(description = "Mã định danh, e.g. H24.08") @PathParam("code") String code) {
        AgencyView agency = registry.get(code);
        return Response.ok(agency).tag(etag(agency)).build();
    }

    @GET
    @Path("{code}/resolution")
    @Operation(operationId = "resolveAgencyCode", summary = "Tra cứu mã định danh / Resolve an identifier code",
            description = "Where a code stands today: its status, the agencies that took over its duties directly, "
                    + "and the active agencies at the end of the chain (itself while active). Retired codes stay "
                    + "resolvable forever.")
    @APIResponse(responseCode = "200", description = "The resolution")
    @APIResponse(responseCode = "404", description = "Không có mã định danh này / No agency has this code")
    public AgencyResolution resolve(@PathParam("code") String code) {
        return registry.resolve(code);
    }

    static EntityTag etag(AgencyView agency) {
        return new EntityTag(Integer.toString(agency.version()));
    }
}
