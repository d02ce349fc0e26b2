package vn.gov.haiphong.lgsp.national.sim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/**
 * The simulated instance's X-Road REST interface (message protocol for REST 1.x), as its security server serves a
 * member: {@code GET /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}{path}} with a bearer
 * token from {@link TokenEndpoint} and {@code X-Road-Client}; the metadata services {@code listClients} and
 * {@code listMethods} in X-Road's JSON. Every answer carries the X-Road response headers; every exchange, refused or
 * answered, goes to the {@link Journal}.
 */
@Path("r1")
@Produces(MediaType.APPLICATION_JSON)
public class XRoadRestGate {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Callers callers;

    @Inject
    SimulatorSettings settings;

    @Inject
    Journal journal;

    /** listClients: the instance's subsystems (X-Road's JSON; {@code name} added). */
    @GET
    @Path("listClients")
    public JsonObject listClients() {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (NationalCatalog.Subsystem s : NationalCatalog.subsystems()) {
            members.add(Json.createObjectBuilder().add("id", id("SUBSYSTEM", s)).add("name", s.name()));
        }
        return Json.createObjectBuilder().add("member", members).build();
    }

    @GET
    @Path("{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}{path: (/.*)?}")
    public Response call(@PathParam("instance") String instance, @PathParam("memberClass") String memberClass,
                         @PathParam("memberCode") String memberCode, @PathParam("subsystemCode") String subsystemCode,
                         @PathParam("serviceCode") String serviceCode, @PathParam("path") String path,
                         @HeaderParam("Authorization") String authorization, @HeaderParam("X-Road-Client") String client,
                         @HeaderParam("X-Road-Id") String givenId, @HeaderParam("X-Road-UserId") String userId,
                         @HeaderParam("X-Road-Represented-Party") String representedParty,
                         @Context HttpServletRequest request) {
        String service = String.join("/", instance, memberClass, memberCode, subsystemCode, serviceCode);
        String xroadId = XRoadMessage.id(givenId);
        String hash = XRoadMessage.requestHash(new byte[0]);
        Response.ResponseBuilder answer;
        String error = null;
        try {
            callers.verify(authorization, Callers.certificateSubject(request), client);
            answer = Response.ok(answer(instance, memberClass, memberCode, subsystemCode, serviceCode, path));
        } catch (Refusal refusal) {
            error = refusal.xroadError();
            answer = problem(refusal);
        }
        Response response = answer.header("X-Road-Client", client).header("X-Road-Service", service)
                .header("X-Road-Id", xroadId).header("X-Road-Request-Id", UUID.randomUUID().toString())
                .header("X-Road-Request-Hash", hash).header("X-Road-Represented-Party", representedParty).build();
        journal.add(new Journal.Entry(Instant.now(), xroadId, client, representedParty, userId, service,
                "GET " + (path == null || path.isEmpty() ? "/" : path), response.getStatus(), error, hash,
                Callers.certificateSubject(request)));
        return response;
    }

    private JsonObject answer(String instance, String memberClass, String memberCode, String subsystemCode,
                              String serviceCode, String path) {
        String service = String.join("/", instance, memberClass, memberCode, subsystemCode, serviceCode);
        NationalCatalog.Subsystem provider = NationalCatalog.subsystem(memberClass, memberCode, subsystemCode)
                .filter(s -> settings.instance().equals(instance))
                .orElseThrow(() -> Refusal.unknownService(service));
        if ("listMethods".equals(serviceCode) && (path == null || path.isEmpty())) {
            return listMethods(provider);
        }
        NationalCatalog.Service called = NationalCatalog.service(provider, serviceCode)
                .filter(s -> "OPENAPI".equals(s.type())).orElseThrow(() -> Refusal.unknownService(service));
        if (called == NationalCatalog.CITIZEN_LOOKUP && path != null && path.startsWith("/cong-dan/")) {
            return Citizens.lookup(path.substring("/cong-dan/".length()), settings.slowMillis());
        }
        throw new Refusal(404, null, "Không có tài nguyên " + path + " trong dịch vụ " + service,
                "No resource " + path + " in the service " + service);
    }

    private JsonObject listMethods(NationalCatalog.Subsystem provider) {
        JsonArrayBuilder services = Json.createArrayBuilder();
        for (NationalCatalog.Service s : NationalCatalog.services(provider)) {
            JsonArrayBuilder endpoints = Json.createArrayBuilder();
            for (String[] e : s.endpoints()) {
                if (e[0] != null) {
                    endpoints.add(Json.createObjectBuilder().add("method", e[0]).add("path", e[1]));
                }
            }
            services.add(id("SERVICE", provider).add("service_code", s.serviceCode()).add("service_type", s.type())
                    .add("title", s.title()).add("endpoint_list", endpoints));
        }
        return Json.createObjectBuilder().add("service", services).build();
    }

    private JsonObjectBuilder id(String objectType, NationalCatalog.Subsystem s) {
        return Json.createObjectBuilder().add("object_type", objectType).add("xroad_instance", settings.instance())
                .add("member_class", s.memberClass()).add("member_code", s.memberCode())
                .add("subsystem_code", s.subsystemCode());
    }

    private static Response.ResponseBuilder problem(Refusal refusal) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "urn:ndxp-simulator:" + (refusal.xroadError() == null ? "service" : refusal.xroadError()))
                .add("title", refusal.english()).add("status", refusal.status())
                .add("detail", refusal.vietnamese()).add("detailEn", refusal.english());
        Response.ResponseBuilder answer = Response.status(refusal.status()).type(PROBLEM).entity(body.build());
        return refusal.xroadError() == null ? answer : answer.header("X-Road-Error", refusal.xroadError());
    }
}
