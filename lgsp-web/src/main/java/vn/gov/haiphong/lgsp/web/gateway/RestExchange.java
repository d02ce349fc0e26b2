package vn.gov.haiphong.lgsp.web.gateway;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
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
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;
import vn.gov.haiphong.lgsp.web.common.Problems;
import vn.gov.haiphong.lgsp.web.security.EndpointAuthorizationFilter;

/**
 * The REST gateway, X-Road message protocol for REST 1.x (DESIGN §4):
 * {@code {METHOD} /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}[/{path}][?query]}.
 * Called by the edge ({@code web.edge}) before the container's security and JAX-RS layers, so it
 * authenticates itself: a valid bearer token of a system (role {@code system}) whose {@code X-Road-Client}
 * names itself — 401/403 problem+json otherwise. Then the service is resolved and the call decided by the
 * {@link AccessPolicy}; the request streamed to the provider (hop-by-hop headers, forwarding claims and credentials
 * removed; the X-Road identity headers set from what was decided, never passed on from the caller — one sent twice
 * is refused)
 * within the service's timeout and behind its circuit breaker; the answer relayed with the X-Road
 * response headers — and released only after its exchange record is committed. An answer of up to
 * {@code lgsp.gateway.buffer-bytes} is held whole, so a log failure answers a clean 503; a longer one is
 * streamed and its end withheld until the record is stored (if that fails the connection is cut, so the
 * client never sees a complete, unlogged answer).
 */
@ApplicationScoped
public class RestExchange {

    /** Where the gateway listens (the EAR maps lgsp-web to the context root). */
    public static final String PREFIX = "/r1/";

    @Inject
    AccessPolicy policy;

    @Inject
    ExchangeGate gate;

    @Inject
    BearerTokens tokens;

    @Inject
    XRoadInstance xroad;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.buffer-bytes", defaultValue = "65536")
    int bufferBytes;

    /**
     * Whether a path (below the context root, decoded) is an exchange: a service address of five segments
     * and any path after it — except the metadata services, which are five segments ending in their name.
     */
    public static boolean isExchange(String path) {
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        String[] segments = path.substring(PREFIX.length()).split("/", 6);
        if (segments.length < 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (segments[i].isEmpty()) {
                return false;
            }
        }
        return segments.length > 5 || !ServiceId.METADATA_CODES.contains(segments[4]);
    }

    /** One exchange, answered in full (also every refusal). */
    public void exchange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String acceptLanguage = request.getHeader("Accept-Language");
        Optional<Caller> caller = tokens.fromAuthorization(request.getHeader("Authorization"));
        if (caller.isEmpty() || !caller.get().has(Roles.SYSTEM)) {
            refuseCaller(request, response, caller.isPresent(), acceptLanguage);
            return;
        }
        Exchange x = new Exchange("REST", request.getMethod());
        try {
            ServiceEntry service = decide(x, caller.get(), request);
            forward(x, service, request, response);
        } catch (LgspException e) {
            refuse(x, e, request, response);
        } catch (RuntimeException e) {
            refuse(x, Failures.of(e), request, response);
        }
    }

    /** No valid token (401 with the challenge), or a token that is not a system's (403). */
    private static void refuseCaller(HttpServletRequest request, HttpServletResponse response, boolean authenticated,
                                     String acceptLanguage) throws IOException {
        ErrorCode code = ErrorCode.ACCESS_DENIED;
        if (!authenticated) {
            boolean tokenSent = request.getHeader("Authorization") != null;
            code = tokenSent ? ErrorCode.INVALID_TOKEN : ErrorCode.AUTHENTICATION_REQUIRED;
            response.setHeader("WWW-Authenticate", tokenSent ? EndpointAuthorizationFilter.INVALID_TOKEN_CHALLENGE
                    : EndpointAuthorizationFilter.CHALLENGE);
        }
        Problems.write(response, new LgspException(code), acceptLanguage, request.getRequestURI());
    }

    /** Who calls what, and whether they may: every refusal before anything goes to the provider. */
    private ServiceEntry decide(Exchange x, Caller me, HttpServletRequest request) {
        SystemId client = me.system();
        x.client = xroad.name(client);
        for (String name : XRoadHeaders.IDENTITY) {
            if (Collections.list(request.getHeaders(name)).size() > 1) {
                throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, name + " sent twice");
            }
        }
        String id = request.getHeader(XRoadHeaders.ID);
        if (id != null) {
            requireSafe(XRoadHeaders.ID, id);
            x.xroadId = id;
        }
        x.userId = optionalHeader(request, XRoadHeaders.USER_ID);
        x.issue = optionalHeader(request, XRoadHeaders.ISSUE);
        String declared = request.getHeader(XRoadHeaders.CLIENT);
        if (declared == null || declared.isBlank()) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "X-Road-Client header missing");
        }
        requireSafe(XRoadHeaders.CLIENT, declared);
        if (!xroad.system(declared).filter(client::equals).isPresent()) {
            throw new LgspException(ErrorCode.CLIENT_MISMATCH, declared, x.client);
        }
        // The raw (still percent-encoded) path: the address segments decoded, the rest passed on as sent.
        String[] raw = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length())
                .split("/", 6);
        String provider = String.join("/", decode(raw[0]), decode(raw[1]), decode(raw[2]), decode(raw[3]));
        String serviceCode = decode(raw[4]);
        x.service = provider + "/" + serviceCode;
        x.operation = raw.length > 5 ? "/" + raw[5] : "";
        if (!XRoadHeaders.isSafePath(x.operation)) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "path");
        }
        Optional<ServiceId> serviceId = xroad.system(provider)
                .flatMap(system -> ServiceId.of(system, serviceCode, null));
        if (serviceId.isEmpty()) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service);
        }
        AccessPolicy.Decision decision = policy.decideRest(client, serviceId.get(), x.method,
                x.operation.isEmpty() ? "/" : x.operation, Instant.now());
        return gate.admit(decision, x, x.method + " " + x.operation,
                Language.fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    private void forward(Exchange x, ServiceEntry service, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long length = request.getContentLengthLong();
        InputStream body = gate.requestBody(length, request.getInputStream());
        String query = request.getQueryString();
        URI target = URI.create(service.providerBase() + x.operation
                + (query == null ? "" : "?" + query));
        BasicClassicHttpRequest call = new BasicClassicHttpRequest(x.method, target);
        Predicate<String> passing = XRoadHeaders.passing(Collections.list(request.getHeaders("Connection")));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (passing.test(name)) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    call.addHeader(name, value);
                }
            }
        }
        // who calls what, for whom: as decided here, never as the caller wrote it
        call.setHeader(XRoadHeaders.CLIENT, x.client);
        call.setHeader(XRoadHeaders.SERVICE, x.service);
        call.setHeader(XRoadHeaders.ID, x.xroadId);
        if (x.userId != null) {
            call.setHeader(XRoadHeaders.USER_ID, x.userId);
        }
        if (x.issue != null) {
            call.setHeader(XRoadHeaders.ISSUE, x.issue);
        }
        BodyDigest requestDigest = gate.digest(x, true);
        if (length > 0 || request.getHeader("Transfer-Encoding") != null) {
            // no content type on the entity: the caller's Content-Type header is forwarded as it came
            call.setEntity(new InputStreamEntity(new DigestingInputStream(body, requestDigest), length, null));
        }
        ClassicHttpResponse answer;
        try {
            answer = gate.send(x, service, call);
        } finally {
            x.request(requestDigest);
        }
        try (answer) {
            relay(x, service, answer, requestDigest.sha512Base64(), request, response);
        }
    }

    /**
     * The provider's answer, with the X-Road headers; released once its record is stored — an answer held whole
     * without keeping this thread waiting for the commit ({@link ExchangeGate#answerWhenStored}).
     */
    private void relay(Exchange x, ServiceEntry service, ClassicHttpResponse answer, String requestHash,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        BodyDigest digest = gate.digest(x, false);
        InputStream providerBody = ExchangeGate.answerBody(answer, digest);
        byte[] head;
        try {
            head = providerBody.readNBytes(bufferBytes + 1);
        } catch (IOException e) {
            throw ExchangeGate.providerFailed(x, service, e); // the answer is closed (and its connection dropped) by the caller
        }
        boolean whole = head.length <= bufferBytes;
        if (whole) {
            providerBody.close();
        }
        response.setStatus(answer.getCode());
        List<String> connection = new ArrayList<>();
        for (Header header : answer.getHeaders("Connection")) {
            connection.add(header.getValue());
        }
        Predicate<String> passing = XRoadHeaders.passing(connection);
        for (Header header : answer.getHeaders()) {
            if (passing.test(header.getName())) {
                response.addHeader(header.getName(), header.getValue());
            }
        }
        xroadHeaders(response, x);
        response.setHeader(XRoadHeaders.REQUEST_HASH, requestHash);
        if (whole) {
            gate.answerWhenStored(x.record(answer.getCode(), null, digest), response, head,
                    () -> refuse(x, new LgspException(ErrorCode.EXCHANGE_LOG_FAILED), request, response));
            return;
        }
        OutputStream out = response.getOutputStream();
        try (providerBody) {
            out.write(head);
            providerBody.transferTo(out);
        }
        // The last bytes are flushed only after the record is committed; if it is not, the connection is
        // cut, so the client never sees a complete answer.
        try {
            gate.store(x.record(answer.getCode(), null, digest));
        } catch (LgspException e) {
            ServletRequestContext.requireCurrent().getExchange().getConnection().close();
            throw e;
        }
        out.flush();
    }

    /** A refusal: problem+json with the X-Road error code, itself logged first (fail closed). */
    private void refuse(Exchange x, LgspException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (response.isCommitted()) {
            throw e; // streaming already began: cut the connection rather than send a false ending
        }
        LgspException answered = gate.refused(x, e);
        response.reset();
        xroadHeaders(response, x);
        response.setHeader(XRoadHeaders.ERROR, XRoadErrors.of(answered.code()));
        Problems.write(response, answered, request.getHeader("Accept-Language"), request.getRequestURI());
    }

    private static void xroadHeaders(HttpServletResponse out, Exchange x) {
        out.setHeader(XRoadHeaders.ID, x.xroadId);
        out.setHeader(XRoadHeaders.REQUEST_ID, x.requestId);
        if (x.client != null) {
            out.setHeader(XRoadHeaders.CLIENT, x.client);
        }
        if (x.service != null) {
            out.setHeader(XRoadHeaders.SERVICE, x.service);
        }
    }

    private static String decode(String segment) {
        return segment.indexOf('%') < 0 ? segment
                : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String optionalHeader(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
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
