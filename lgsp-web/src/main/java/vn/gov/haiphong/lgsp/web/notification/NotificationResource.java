package vn.gov.haiphong.lgsp.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.gov.haiphong.lgsp.notification.boundary.NotificationView;
import vn.gov.haiphong.lgsp.notification.boundary.Notifications;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/** Notifications and their delivery attempts: oversight reads all, an agency admin their agency's. */
@Path("admin/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notification-admin")
public class NotificationResource {

    @EJB
    Notifications notifications;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "listNotifications", summary = "Thông báo đã gửi / Notifications", description = "Newest first; ?about=incident/12, "
            + "?status=PENDING|SENT|UNDELIVERABLE. Each with its attempts (when, node, outcome, error).")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public PageJson<NotificationView> list(@QueryParam("about") String about, @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SENT", "UNDELIVERABLE"})) @QueryParam("status") String status,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(notifications.find(caller.get(), about, status, PageRequest.parse(page, size)));
    }
}
