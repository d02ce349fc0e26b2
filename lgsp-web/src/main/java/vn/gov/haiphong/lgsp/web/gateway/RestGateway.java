package vn.gov.haiphong.lgsp.web.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.DigestingInputStream;
import vn.gov.haiphong.lgsp.gateway.control.Exchange;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeGate;
import vn.gov.haiphong.lgsp.gateway.control.XRoadErrors;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;
import vn.gov.haiphong.lgsp.web.common.PayloadTooLargeException;
import vn.gov.haiphong.lgsp.web.common.Problems;
import vn.gov.haiphong.lgsp.web.security.CurrentCaller;

/**
 * The REST gateway, X-Road message protocol for REST 1.x (DESIGN §4):
 * {@code {METHOD} /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}[/{path}][?query]}.
 * An authenticated system whose {@code X-Road-Client} names itself; the service resolved and the call
 * decided by the {@link AccessPolicy}; the request streamed to the provider (hop-by-hop headers and
 * credentials removed) within the service's timeout and behind its circuit breaker; the answer relayed
 * with the X-Road response headers — and released only after its exchange record is committed. A
 * response of up to {@code lgsp.gateway.buffer-bytes} is held whole, so a log failure answers a clean
 * 503; a longer one is streamed and its end withheld until the record is stored (if that fails the
 * connection is cut, so the client never sees a complete, unlogged answer).
 */
@Path("r1")
@Tag(name = "gateway")
public class RestGateway {

    static final String ROUTE = "{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}{path: (/.*)?}";
    /** Headers the JDK client refuses to set, beyond the hop-by-hop ones. */
    private static final Set<String> CLIENT_SET = Set.of("date", "from", "via", "warning");

    @EJB
    AccessPolicy policy;

    @Inject
    ExchangeGate gate;

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "lgsp.xroad.instance", defaultValue = "VN")
    String instance;

    @Inject
    @ConfigProperty(name = "lgsp.xroad.member-class", defaultValue = "GOV")
    String memberClass;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.buffer-bytes", defaultValue = "65536")
    int bufferBytes;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    @Operation(summary = "Cổng trao đổi REST / REST gateway (X-Road REST)", description = "Header X-Road-Client "
            + "(the calling system, VN/GOV/{agency}/{system}) required; X-Road-Id, X-Road-UserId, X-Road-Issue optional. "
            + "See docs/integration.md.")
    @APIResponse(responseCode = "200", description = "The provider's answer, with X-Road-* headers")
    @APIResponse(responseCode = "400", description = "Server.ClientProxy.InvalidRequest")
    @APIResponse(responseCode = "403", description = "Server.ClientProxy.InvalidClient, Server.ServerProxy.AccessDenied")
    @APIResponse(responseCode = "404", description = "Server.ServerProxy.UnknownService")
    @APIResponse(responseCode = "502", description = "Server.ServerProxy.ServiceFailed")
    @APIResponse(responseCode = "503", description = "Server.ServerProxy.ServiceDisabled, ServiceUnavailable; "
            + "Server.ClientProxy.LogFailed")
    @APIResponse(responseCode = "504", description = "Server.ServerProxy.ServiceTimeout")
    public Response get() {
        return exchange("GET", null);
    }

    @HEAD
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    public Response head() {
        return exchange("HEAD", null);
    }

    @OPTIONS
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    public Response options() {
        return exchange("OPTIONS", null);
    }

    @DELETE
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    @Operation(summary = "Cổng trao đổi REST / REST gateway (X-Road REST)")
    @APIResponse(responseCode = "200", description = "The provider's answer, with X-Road-* headers")
    public Response delete(InputStream body) {
        return exchange("DELETE", body);
    }

    @POST
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    @Operation(summary = "Cổng trao đổi REST / REST gateway (X-Road REST)")
    @APIResponse(responseCode = "200", description = "The provider's answer, with X-Road-* headers")
    public Response post(InputStream body) {
        return exchange("POST", body);
    }

    @PUT
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    @Operation(summary = "Cổng trao đổi REST / REST gateway (X-Road REST)")
    @APIResponse(responseCode = "200", description = "The provider's answer, with X-Road-* headers")
    public Response put(InputStream body) {
        return exchange("PUT", body);
    }

    @PATCH
    @Path(ROUTE)
    @RolesAllowed(Roles.SYSTEM)
    @Operation(summary = "Cổng trao đổi REST / REST gateway (X-Road REST)")
    @APIResponse(responseCode = "200", description = "The provider's answer, with X-Road-* headers")
    public Response patch(InputStream body) {
        return exchange("PATCH", body);
    }

    private Response exchange(String method, InputStream body) {
        Exchange x = new Exchange("REST", method);
        try {
            ServiceEntry service = decide(x, method);
            return forward(x, service, method, body);
        } catch (LgspException e) {
            return refuse(x, e);
        }
    }

    /** Who calls what, and whether they may: every refusal before anything goes to the provider. */
    private ServiceEntry decide(Exchange x, String method) {
        Caller me = caller.get();
        SystemId client = SystemId.parse(me.clientId()).orElseThrow(() -> new LgspException(ErrorCode.ACCESS_DENIED));
        x.client = client.toXRoad(instance, memberClass);
        String id = headers.getHeaderString(XRoadHeaders.ID);
        if (id != null) {
            requireSafe(XRoadHeaders.ID, id);
            x.xroadId = id;
        }
        x.userId = optionalHeader(XRoadHeaders.USER_ID);
        x.issue = optionalHeader(XRoadHeaders.ISSUE);
        String declared = headers.getHeaderString(XRoadHeaders.CLIENT);
        if (declared == null || declared.isBlank()) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "X-Road-Client header missing");
        }
        requireSafe(XRoadHeaders.CLIENT, declared);
        if (!SystemId.fromXRoad(declared, instance, memberClass).filter(client::equals).isPresent()) {
            throw new LgspException(ErrorCode.CLIENT_MISMATCH, declared, x.client);
        }
        MultivaluedMap<String, String> p = uriInfo.getPathParameters();
        String provider = String.join("/", p.getFirst("instance"), p.getFirst("memberClass"), p.getFirst("memberCode"),
                p.getFirst("subsystemCode"));
        x.service = provider + "/" + p.getFirst("serviceCode");
        x.operation = subPath();
        if (!XRoadHeaders.isSafePath(x.operation)) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "path");
        }
        Optional<ServiceId> serviceId = SystemId.fromXRoad(provider, instance, memberClass)
                .flatMap(system -> ServiceId.of(system, p.getFirst("serviceCode"), null));
        if (serviceId.isEmpty()) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service);
        }
        AccessPolicy.Decision decision = policy.decideRest(client, serviceId.get(), method,
                x.operation.isEmpty() ? "/" : x.operation, Instant.now());
        return gate.admit(decision, x, method + " " + x.operation,
                Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private Response forward(Exchange x, ServiceEntry service, String method, InputStream body) {
        String query = uriInfo.getRequestUri().getRawQuery();
        URI target = URI.create(service.providerUrl().replaceAll("/+$", "") + x.operation + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(target);
        headers.getRequestHeaders().forEach((name, values) -> {
            if (XRoadHeaders.passes(name) && !CLIENT_SET.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        request.setHeader(XRoadHeaders.ID, x.xroadId);
        BodyDigest requestDigest = new BodyDigest(true);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            InputStream digesting = new DigestingInputStream(body, requestDigest);
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> digesting);
            long length = headers.getLength();
            request.method(method, length >= 0 ? HttpRequest.BodyPublishers.fromPublisher(publisher, length) : publisher);
        }
        HttpResponse<InputStream> answer;
        try {
            answer = gate.send(x, service, request, PayloadTooLargeException.class::isInstance);
        } finally {
            x.requestBytes = requestDigest.bytes();
            x.requestSha256 = requestDigest.sha256Hex();
        }
        return relay(x, answer, requestDigest.sha512Base64());
    }

    /** The provider's answer, with the X-Road headers; released once its record is stored. */
    private Response relay(Exchange x, HttpResponse<InputStream> answer, String requestHash) {
        Response.ResponseBuilder out = Response.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":") && XRoadHeaders.passes(name)) {
                values.forEach(v -> out.header(name, v));
            }
        });
        xroadHeaders(out, x).header(XRoadHeaders.REQUEST_HASH, requestHash);
        BodyDigest digest = new BodyDigest(false);
        InputStream providerBody = new DigestingInputStream(answer.body(), digest);
        try {
            byte[] head = providerBody.readNBytes(bufferBytes + 1);
            if (head.length <= bufferBytes) {
                providerBody.close();
                gate.store(x.record(answer.statusCode(), null, digest.bytes(), digest.sha256Hex()));
                return out.entity(head.length == 0 ? null : head).build();
            }
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head), providerBody);
            return out.entity((StreamingOutput) sink -> stream(x, answer.statusCode(), rest, digest, sink)).build();
        } catch (IOException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, x.service, e.getClass().getSimpleName());
        }
    }

    private void stream(Exchange x, int status, InputStream body, BodyDigest digest, OutputStream sink)
            throws IOException {
        try (body) {
            body.transferTo(sink);
        }
        // The last bytes are flushed only after the record is committed; if it is not, the exception
        // cuts the connection and the client never sees a complete answer.
        gate.store(x.record(status, null, digest.bytes(), digest.sha256Hex()));
        sink.flush();
    }

    /** A refusal: problem+json with the X-Road error code, itself logged first (fail closed). */
    private Response refuse(Exchange x, LgspException e) {
        LgspException answered = gate.refused(x, e);
        Response problem = Problems.response(answered, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
                uriInfo.getPath());
        return xroadHeaders(Response.fromResponse(problem), x).header(XRoadHeaders.ERROR, XRoadErrors.of(answered.code()))
                .build();
    }

    private Response.ResponseBuilder xroadHeaders(Response.ResponseBuilder out, Exchange x) {
        out.header(XRoadHeaders.ID, x.xroadId).header(XRoadHeaders.REQUEST_ID, x.requestId);
        if (x.client != null) {
            out.header(XRoadHeaders.CLIENT, x.client);
        }
        if (x.service != null) {
            out.header(XRoadHeaders.SERVICE, x.service);
        }
        return out;
    }

    /** The raw (still encoded) path after the service code: "" or "/…". */
    private String subPath() {
        String raw = uriInfo.getRequestUri().getRawPath();
        MultivaluedMap<String, String> p = uriInfo.getPathParameters(false);
        String prefix = "/r1/" + String.join("/", p.getFirst("instance"), p.getFirst("memberClass"),
                p.getFirst("memberCode"), p.getFirst("subsystemCode"), p.getFirst("serviceCode"));
        int at = raw.indexOf(prefix);
        return at < 0 ? "" : raw.substring(at + prefix.length());
    }

    private String optionalHeader(String name) {
        String value = headers.getHeaderString(name);
        if (value != null) {
            requireSafe(name, value);
        }
        return value;
    }

    private static void requireSafe(String name, String value) {
        if (!XRoadHeaders.isSafeValue(value)) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, name);
        }
    }
}
