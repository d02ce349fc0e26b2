package vn.gov.haiphong.lgsp.web.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.catalog.boundary.AvailabilityView;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceAvailability;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.conversion.boundary.ServiceConversions;
import vn.gov.haiphong.lgsp.web.common.ContractResponses;
import vn.gov.haiphong.lgsp.web.common.PageJson;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The service catalog for integrators (the "API portal" in REST form): published and disabled services,
 * filtered by provider, kind of data and words with or without diacritics, and each contract as published.
 */
@Path("api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class ServiceResource {

    @EJB
    ServiceCatalog catalog;

    @EJB
    ServiceAvailability availability;

    @EJB
    ServiceConversions conversions;

    @Inject
    CurrentCaller caller;

    @Context
    Request request;

    @GET
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "listServices", summary = "Danh mục dịch vụ / Service catalog", description = "Published and disabled services. "
            + "agency, system: the provider; dataKind BASE|SPECIALISED|OTHER; q: words, with or without diacritics; "
            + "status: DRAFT (city-wide roles, or an agency admin for their own agency), PUBLISHED, DISABLED, RETIRED.")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(responseCode = "400", description = "Tham số sai / Invalid parameter")
    public PageJson<ServiceView> find(@QueryParam("agency") String agency, @QueryParam("system") String system,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"BASE", "SPECIALISED", "OTHER"})) @QueryParam("dataKind") String dataKind, @QueryParam("q") String q,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "PUBLISHED", "DISABLED", "RETIRED"})) @QueryParam("status") String status, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return PageJson.of(catalog.find(caller.get(), agency, system, dataKind, q, status, PageRequest.parse(page, size)));
    }

    @GET
    @Path("{agency}/{system}/{service}/{version}")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getService", summary = "Một dịch vụ / One service", description = "With its operations, documents and, when "
            + "disabled, the notice to callers.")
    @APIResponse(responseCode = "200", description = "The service")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public ServiceView get(@BeanParam ServiceAddress address) {
        return catalog.get(caller.get(), address.id());
    }

    @GET
    @Path("{agency}/{system}/{service}/{version}/contract")
    @Produces({"application/yaml", "application/json", "text/xml", MediaType.WILDCARD})
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getServiceContract", summary = "Tài liệu đặc tả / Contract document", description = "Exactly as the provider gave it: the "
            + "OpenAPI document or the WSDL; ?document=name for an XSD it imports. ETag = SHA-256.")
    @APIResponse(responseCode = "200", description = "The document", content = {
        @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ hoặc tài liệu này / No such service or document")
    public Response contract(@BeanParam ServiceAddress address, @QueryParam("document") String document) {
        return ContractResponses.of(request, catalog.contract(caller.get(), address.id(),
                document == null || document.isBlank() ? null : document));
    }

    @GET
    @Path("{agency}/{system}/{service}/{version}/converted-contract")
    @Produces({"text/xml", MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getConvertedContract", summary = "Đặc tả sinh cho dịch vụ chuyển đổi / Generated contract of"
            + " a converted service", description = "REST_AS_SOAP: the WSDL of the SOAP operations (call them at"
            + " /ws/gateway); SOAP_AS_REST: the OpenAPI document of the REST resources (call them at /r1/…). Generated"
            + " from the service's stored contract. ETag = SHA-256.")
    @APIResponse(responseCode = "200", description = "The generated document", content = {
        @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ hoặc dịch vụ không chuyển đổi / No such service, or"
            + " it declares no conversion")
    public Response convertedContract(@BeanParam ServiceAddress address) {
        return ContractResponses.of(request, conversions.contract(caller.get(), address.id()));
    }

    @GET
    @Path("{agency}/{system}/{service}/{version}/availability")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getServiceAvailability", summary = "Lịch bảo trì, tạm dừng / Maintenance windows and suspension",
            description = "Planned (current and future) maintenance windows with their notices, and a suspension if any.")
    @APIResponse(responseCode = "200", description = "The service's availability")
    @APIResponse(responseCode = "404", description = "Không có dịch vụ này / No such service")
    public AvailabilityView availability(@BeanParam ServiceAddress address) {
        ServiceId id = address.id();
        catalog.get(caller.get(), id); // drafts stay invisible to those who may not see them
        return availability.get(id);
    }
}
