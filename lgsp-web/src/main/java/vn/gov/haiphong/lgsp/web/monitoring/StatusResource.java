package vn.gov.haiphong.lgsp.web.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.boundary.StatusBoard;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** The status board: one call for the operator's wall. */
@Path("admin/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring")
public class StatusResource {

    @EJB
    StatusBoard board;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getStatusBoard", summary = "Bảng trạng thái / Status board", description = "Every published service: state (UP, DEGRADED, "
            + "DOWN, UNKNOWN) and where it comes from (PROBE: its last probe; TRAFFIC: its last 15 minutes' exchanges; "
            + "NONE), last probe, exchanges, provider-side failure percentage and p95 latency over the last 15 minutes, "
            + "open alerts, maintenance windows now and in the next 7 days; and how many services are in each state. "
            + "The operator, authority and auditor see every service; an agency admin its agency's and those its "
            + "systems hold rights to; a system its own and those it holds rights to.")
    @APIResponse(responseCode = "200", description = "at, recentMinutes, states, services")
    public StatusBoard.Board get() {
        return board.board(caller.get());
    }
}
