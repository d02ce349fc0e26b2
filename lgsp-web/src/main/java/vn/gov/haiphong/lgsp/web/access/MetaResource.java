package vn.gov.haiphong.lgsp.web.access;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.access.boundary.MetaServices;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.web.common.ContractResponses;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The X-Road REST metadata services (DESIGN §4), addressed as X-Road addresses them:
 * {@code /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/listMethods} and so on, answered
 * from the caller's point of view. Instance and member class must be this platform's.
 */
@Path("r1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metadata")
public class MetaResource {

    private static final String PROVIDER = "{instance}/{memberClass}/{memberCode}/{subsystemCode}";

    @EJB
    MetaServices meta;

    @Inject
    CurrentCaller caller;

    @Inject
    XRoadInstance xroad;

    @Context
    Request request;

    @GET
    @Path("listClients")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "listClients", summary = "listClients: các hệ thống đã kết nối / Connected systems")
    @APIResponse(responseCode = "200", description = "X-Road member list")
    public XRoadJson.ClientList listClients() {
        return XRoadJson.clients(xroad.instance(), xroad.memberClass(), meta.listClients());
    }

    @GET
    @Path(PROVIDER + "/listMethods")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "listMethods", summary = "listMethods: dịch vụ của một hệ thống / A provider's services",
            description = "Published and disabled services with their endpoints.")
    @APIResponse(responseCode = "200", description = "X-Road service list")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public XRoadJson.MethodList listMethods(@BeanParam SubsystemAddress address) {
        return XRoadJson.methods(xroad.instance(), xroad.memberClass(), meta.listMethods(address.system(xroad)));
    }

    @GET
    @Path(PROVIDER + "/allowedMethods")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "allowedMethods", summary = "allowedMethods: những gì tôi được gọi / What I may call", description = "For the calling "
            + "system; an officer names the system with ?client=agency/system (an agency admin: their own agency's);"
            + " a national peer names its member with ?client=NDXP/GOV/BCA/csdl-dan-cu.")
    @APIResponse(responseCode = "200", description = "X-Road service list, only the allowed endpoints")
    @APIResponse(responseCode = "400", description = "Thiếu client / client required for an officer")
    @APIResponse(responseCode = "404", description = "Không có hệ thống này / No such system")
    public XRoadJson.MethodList allowedMethods(@BeanParam SubsystemAddress address,
                                               @QueryParam("client") String client) {
        return XRoadJson.methods(xroad.instance(), xroad.memberClass(), meta.allowedMethods(caller.get(),
                address.system(xroad), client));
    }

    @GET
    @Path(PROVIDER + "/getOpenAPI")
    @Produces({"application/yaml", MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getOpenApi", summary = "getOpenAPI: đặc tả OpenAPI của dịch vụ REST / A REST service's OpenAPI document",
            description = "?serviceCode= (required), ?version= (default: the last published). A SOAP service published"
                    + " as REST (conversion SOAP_AS_REST): the generated document.")
    @APIResponse(responseCode = "200", description = "The document as published", content = {
        @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "404", description = "Không có dịch vụ REST này / No such REST service")
    public Response getOpenApi(@BeanParam SubsystemAddress address, @QueryParam("serviceCode") String serviceCode,
                               @QueryParam("version") String version) {
        return ContractResponses.of(request,
                meta.getOpenApi(caller.get(), address.system(xroad), serviceCode, version));
    }

    @GET
    @Path(PROVIDER + "/getWsdl")
    @Produces({MediaType.TEXT_XML, MediaType.WILDCARD})
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @Operation(operationId = "getWsdl", summary = "getWsdl: WSDL của dịch vụ SOAP / A SOAP service's WSDL",
            description = "?serviceCode= (required), ?version= (default: the last published). A REST service published"
                    + " as SOAP (conversion REST_AS_SOAP): the generated WSDL.")
    @APIResponse(responseCode = "200", description = "The WSDL as published",
            content = @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Không có dịch vụ SOAP này / No such SOAP service")
    public Response getWsdl(@BeanParam SubsystemAddress address, @QueryParam("serviceCode") String serviceCode,
                            @QueryParam("version") String version) {
        return ContractResponses.of(request, meta.getWsdl(caller.get(), address.system(xroad), serviceCode, version));
    }
}
