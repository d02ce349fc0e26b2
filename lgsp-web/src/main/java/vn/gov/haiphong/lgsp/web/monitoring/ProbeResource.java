package vn.gov.haiphong.lgsp.web.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.boundary.Probes;
import vn.gov.haiphong.lgsp.web.catalog.ServiceAddress;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** Provider probes: declared by the operator per service version, their results kept as a time series. */
@Path("admin/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring")
public class ProbeResource {

    private static final String SERVICE = "{agency}/{system}/{service}/{version}";

    @EJB
    Probes probes;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listProbes", summary = "Các thăm dò / Declared probes", description = "Every declared probe with its last result; "
            + "an agency admin sees its agency's services' probes. page, size.")
    @APIResponse(responseCode = "200", description = "A page of the probes")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<Probes.ProbeView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(Page.slice(probes.list(caller.get()), PageRequest.parse(page, size)));
    }

    @PUT
    @Path(SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "declareProbe", summary = "Khai báo thăm dò / Declare a service's probe", description = "{intervalSeconds (60), timeoutMs "
            + "(5000), slowMs (2000), httpPath (REST: a GET below the provider URL, /health) or soapBody (SOAP: a fixed "
            + "envelope posted to the provider URL) and soapAction}. It runs once per interval in the cluster, through "
            + "the outbound policy; its first run is at once. Audited.")
    @APIResponse(responseCode = "200", description = "The probe")
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public Probes.ProbeView declare(@BeanParam ServiceAddress address, Probes.ProbeDraft draft) {
        return probes.declare(caller.get(), address.id(), draft == null
                ? new Probes.ProbeDraft(null, null, null, null, null, null) : draft);
    }

    @DELETE
    @Path(SERVICE)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "removeProbe", summary = "Bỏ thăm dò / Remove a service's probe", description = "The service is then watched through "
            + "its traffic; its results stay until retention. Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ hoặc thăm dò này / No such service or probe")
    public Response remove(@BeanParam ServiceAddress address) {
        probes.remove(caller.get(), address.id());
        return Response.noContent().build();
    }

    @GET
    @Path(SERVICE + "/results")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listProbeResults", summary = "Kết quả thăm dò / A service's probe results", description = "Newest first. "
            + "from, to: ISO-8601 instants (default: the last 24 hours); page, size. An agency admin reads its agency's services'.")
    @APIResponse(responseCode = "200", description = "A page of results: probedAt, state, latencyMs, httpStatus, error, node")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public PageJson<Probes.ResultView> results(@BeanParam ServiceAddress address, @QueryParam("from") String from,
                                               @QueryParam("to") String to, @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
        PageRequest request = PageRequest.parse(page, size);
        Instant end = StatisticsResource.instant("to", to, Instant.now().plusSeconds(1));
        return PageJson.of(probes.results(caller.get(), address.id(), StatisticsResource.instant("from", from,
                end.minusSeconds(86_400)), end, request));
    }
}
