package vn.gov.haiphong.lgsp.web.monitoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.monitoring.boundary.Alerts;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.common.QueryValues;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** Alerts: raised by the probes and the rules over the statistics, acknowledged by the operator. */
@Path("admin/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring")
public class AlertResource {

    @EJB
    Alerts alerts;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listAlerts", summary = "Cảnh báo / Alerts", description = "Newest first. state: open (firing or acknowledged), "
            + "firing, acknowledged or resolved (default: all); page, size. The operator, authority and auditor see "
            + "every alert; an agency admin those about its agency's services.")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<Alerts.AlertView> find(@Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"open", "firing", "acknowledged", "resolved"})) @QueryParam("state") String state, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return PageJson.of(alerts.find(caller.get(), QueryValues.text(state), PageRequest.parse(page, size)));
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "acknowledgeAlert", summary = "Xác nhận cảnh báo / Acknowledge an alert", description = "FIRING → ACKNOWLEDGED: the operator "
            + "has seen it and acts; it still resolves by itself when its condition clears. Audited.")
    @APIResponse(responseCode = "200", description = "The alert")
    @APIResponse(responseCode = "404", description = "Không có cảnh báo này / No such alert")
    @APIResponse(responseCode = "409", description = "Cảnh báo không ở trạng thái FIRING / Not firing")
    public Alerts.AlertView acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(caller.get(), id);
    }
}
