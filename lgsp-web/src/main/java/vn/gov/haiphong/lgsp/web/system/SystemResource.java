package vn.gov.haiphong.lgsp.web.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.boundary.SystemView;
import vn.gov.haiphong.lgsp.web.common.PageJson;

/** Read API of information systems: any authenticated caller. */
@Path("api/v1/systems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
@RolesAllowed(Roles.ANY_AUTHENTICATED)
public class SystemResource {

    @EJB
    InformationSystems systems;

    @GET
    @Operation(operationId = "listSystems", summary = "Danh sách hệ thống thông tin / List information systems", description = "?agency= for one "
            + "agency's systems. blockers lists why a system may not be connected or given rights yet.")
    @APIResponse(responseCode = "200", description = "A page of systems")
    public PageJson<SystemView> list(@QueryParam("agency") String agency, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return PageJson.of(systems.find(agency, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{agency}/{system}")
    @Operation(operationId = "getSystem", summary = "Một hệ thống thông tin / One information system")
    @APIResponse(responseCode = "200", description = "The system")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public SystemView get(@PathParam("agency") String agency, @PathParam("system") String system) {
        return systems.get(agency, system);
    }
}
