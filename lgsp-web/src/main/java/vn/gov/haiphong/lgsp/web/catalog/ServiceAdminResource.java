package vn.gov.haiphong.lgsp.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.catalog.boundary.AvailabilityView;
import vn.gov.haiphong.lgsp.catalog.boundary.MaintenanceDraft;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceAvailability;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceDraft;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.conversion.boundary.ConversionDraft;
import vn.gov.haiphong.lgsp.conversion.boundary.ConversionView;
import vn.gov.haiphong.lgsp.conversion.boundary.ServiceConversions;
import vn.gov.haiphong.lgsp.web.common.Remark;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * A provider's services: registered from their contract and moved through their life cycle by the
 * provider's agency admin (their own agency only) or the operator; their protocol conversion read by every officer.
 */
@Path("admin/v1/services")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog-admin")
public class ServiceAdminResource {

    /** A notice shown to callers of a disabled service. */
    public record Notice(String noticeVi, String noticeEn) {
    }

    @EJB
    ServiceCatalog catalog;

    @EJB
    ServiceAvailability availability;

    @EJB
    ServiceConversions conversions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "registerService", summary = "Đăng ký dịch vụ từ đặc tả / Register a service from its contract", description = "contract: "
            + "{type: OPENAPI|WSDL, document: text | url: address, schemas: {file name: XSD text}}. The contract is parsed "
            + "(operations listed) and kept unchanged; the service starts as DRAFT.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "409", description = "Đã có phiên bản này / Version exists")
    @APIResponse(responseCode = "422", description = "Đặc tả bị từ chối / Contract refused (broken, DTD, unresolved import)")
    public Response register(ServiceDraft draft) {
        ServiceView service = catalog.register(caller.get(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/services/{a}/{s}/{c}/{v}")
                .build(service.agencyCode(), service.systemCode(), service.serviceCode(), service.version()))
                .entity(service).build();
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/publish")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "publishService", summary = "Công bố dịch vụ / Publish (DRAFT → PUBLISHED)")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ServiceView publish(@BeanParam ServiceAddress address) {
        return catalog.publish(caller.get(), address.id());
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/disable")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "disableService", summary = "Tạm ngừng dịch vụ / Disable (calls refused with the notice)",
            description = "Body {noticeVi, noticeEn}; noticeVi required.")
    @APIResponse(responseCode = "200", description = "Disabled")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ServiceView disable(@BeanParam ServiceAddress address, Notice notice) {
        return catalog.disable(caller.get(), address.id(),
                notice == null ? null : notice.noticeVi(), notice == null ? null : notice.noticeEn());
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/enable")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "enableService", summary = "Mở lại dịch vụ / Enable again (DISABLED → PUBLISHED)")
    @APIResponse(responseCode = "200", description = "Enabled")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ServiceView enable(@BeanParam ServiceAddress address) {
        return catalog.enable(caller.get(), address.id());
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/retire")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "retireService", summary = "Ngừng hẳn dịch vụ / Retire for good")
    @APIResponse(responseCode = "200", description = "Retired")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    @APIResponse(responseCode = "409", description = "Sai trạng thái / Wrong state")
    public ServiceView retire(@BeanParam ServiceAddress address) {
        return catalog.retire(caller.get(), address.id());
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/maintenance-windows")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "planMaintenance", summary = "Lên lịch bảo trì / Plan a maintenance window", description = "{startsAt, endsAt, noticeVi, "
            + "noticeEn}: the gateway refuses calls in the window (Server.ServerProxy.ServiceUnderMaintenance) with the notice.")
    @APIResponse(responseCode = "200", description = "The service's availability")
    @APIResponse(responseCode = "400", description = "Dữ liệu sai / Invalid fields")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public AvailabilityView planMaintenance(@BeanParam ServiceAddress address, MaintenanceDraft draft) {
        return availability.planMaintenance(caller.get(), address.id(), draft);
    }

    @DELETE
    @Path("{agency}/{system}/{service}/{version}/maintenance-windows/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "cancelMaintenance", summary = "Hủy lịch bảo trì / Cancel a maintenance window")
    @APIResponse(responseCode = "200", description = "The service's availability")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ hoặc lịch này / No such service or window")
    public AvailabilityView cancelMaintenance(@BeanParam ServiceAddress address, @PathParam("id") long id) {
        return availability.cancelMaintenance(caller.get(), address.id(), id);
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/suspend")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "suspendService", summary = "Tạm dừng dịch vụ / Suspend the service", description = "{reason} required; the gateway refuses "
            + "calls (Server.ServerProxy.ServiceSuspended) until resumed.")
    @APIResponse(responseCode = "200", description = "The service's availability")
    @APIResponse(responseCode = "400", description = "Thiếu lý do / Reason required")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public AvailabilityView suspend(@BeanParam ServiceAddress address, Remark remark) {
        return availability.suspend(caller.get(), address.id(), Remark.reasonOf(remark));
    }

    @POST
    @Path("{agency}/{system}/{service}/{version}/resume")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "resumeService", summary = "Mở lại dịch vụ bị tạm dừng / Resume a suspended service")
    @APIResponse(responseCode = "200", description = "The service's availability")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public AvailabilityView resume(@BeanParam ServiceAddress address) {
        return availability.resume(caller.get(), address.id());
    }

    @GET
    @Path("{agency}/{system}/{service}/{version}/conversion")
    @RolesAllowed({Roles.OPERATOR, Roles.AUTHORITY, Roles.AUDITOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "getServiceConversion", summary = "Chuyển đổi giao thức của dịch vụ / The service's"
            + " protocol conversion", description = "{style, mapping[]} as declared; style NONE and an empty mapping when"
            + " the service declares none. A draft is seen only by those who manage it.")
    @APIResponse(responseCode = "200", description = "The conversion, with its mapping")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public ConversionView conversion(@BeanParam ServiceAddress address) {
        return conversions.get(caller.get(), address.id());
    }

    @PUT
    @Path("{agency}/{system}/{service}/{version}/conversion")
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY_ADMIN})
    @Operation(operationId = "declareServiceConversion", summary = "Khai báo chuyển đổi giao thức / Declare the protocol"
            + " conversion", description = "{style}: REST_AS_SOAP (a REST service also published as SOAP operations),"
            + " SOAP_AS_REST (a SOAP service also published as REST resources) or NONE. The mapping follows from the"
            + " stored contract, which must convert (400 otherwise); the generated contract is at"
            + " /api/v1/services/{…}/converted-contract.")
    @APIResponse(responseCode = "200", description = "The conversion as declared, with its mapping")
    @APIResponse(responseCode = "400", description = "Kiểu không hợp lệ hoặc đặc tả không chuyển đổi được / Invalid style"
            + " or a contract that cannot be converted")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public ConversionView declareConversion(@BeanParam ServiceAddress address, ConversionDraft draft) {
        return conversions.declare(caller.get(), address.id(), draft);
    }
}
