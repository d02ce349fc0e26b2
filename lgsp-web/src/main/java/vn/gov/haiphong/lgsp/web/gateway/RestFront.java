package vn.gov.haiphong.lgsp.web.gateway;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.ConvertedCall;
import vn.gov.haiphong.lgsp.gateway.control.DigestingInputStream;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeIds;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeRequest;
import vn.gov.haiphong.lgsp.gateway.control.GatewayLimits;
import vn.gov.haiphong.lgsp.gateway.control.ProviderCalls;
import vn.gov.haiphong.lgsp.gateway.control.XRoadErrors;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;
import vn.gov.haiphong.lgsp.http.ServletFront;
import vn.gov.haiphong.lgsp.security.control.BearerTokens;
import vn.gov.haiphong.lgsp.web.common.Problems;
import vn.gov.haiphong.lgsp.web.security.EndpointAuthorizationFilter;

/**
 * One REST exchange's wire format (X-Road message protocol for REST): the caller is the system whose bearer token
 * is verified; what it asks is read from the path and the X-Road headers; the provider gets the request streamed with
 * hop-by-hop headers, forwarding claims and credentials removed and the X-Road identity headers set from what was
 * decided (one sent twice is refused); the caller gets the provider's answer with the X-Road response headers — held
 * whole up to {@code lgsp.gateway.buffer-bytes}, so a log failure answers a clean 503, streamed beyond — or a
 * problem+json refusal.
 */
final class RestFront extends ServletFront {

    private final BearerTokens tokens;
    private final GatewayLimits limits;
    private final int bufferBytes;
    /** The path after the service, as the caller sent it (still percent-encoded): passed on as it came. */
    private String operation;

    RestFront(HttpServletRequest request, HttpServletResponse response, BearerTokens tokens, GatewayLimits limits,
              int bufferBytes) {
        super(request, response);
        this.tokens = tokens;
        this.limits = limits;
        this.bufferBytes = bufferBytes;
    }

    @Override
    public ServiceProtocol protocol() {
        return ServiceProtocol.REST;
    }

    /** A valid bearer token (401 otherwise) of a system or a national peer's security server (403 otherwise). */
    @Override
    public Caller authenticate() {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new LgspException(ErrorCode.BASIC_ON_SOAP_ONLY);
        }
        Caller caller = tokens.fromAuthorization(authorization).orElseThrow(() -> new LgspException(
                authorization == null ? ErrorCode.AUTHENTICATION_REQUIRED : ErrorCode.INVALID_TOKEN));
        if (!caller.has(Roles.SYSTEM) && !caller.has(Roles.PEER)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        return caller;
    }

    /** {@code /r1/{instance}/{memberClass}/{memberCode}/{subsystemCode}/{serviceCode}[/{path}]} and the X-Road headers. */
    @Override
    public ExchangeRequest read() {
        for (String name : XRoadHeaders.IDENTITY) {
            if (Collections.list(request.getHeaders(name)).size() > 1) {
                throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, name + " sent twice");
            }
        }
        String id = optionalHeader(XRoadHeaders.ID);
        String userId = optionalHeader(XRoadHeaders.USER_ID);
        String issue = optionalHeader(XRoadHeaders.ISSUE);
        String client = request.getHeader(XRoadHeaders.CLIENT);
        if (client == null || client.isBlank()) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "X-Road-Client header missing");
        }
        requireSafe(XRoadHeaders.CLIENT, client);
        // The raw (still percent-encoded) path: the address segments decoded, the rest passed on as sent.
        String[] raw = request.getRequestURI().substring(request.getContextPath().length() + RestExchange.PREFIX.length())
                .split("/", 6);
        String provider = String.join("/", decode(raw[0]), decode(raw[1]), decode(raw[2]), decode(raw[3]));
        String serviceCode = decode(raw[4]);
        operation = raw.length > 5 ? "/" + raw[5] : "";
        if (!XRoadHeaders.isSafePath(operation)) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "path");
        }
        return new ExchangeRequest(client, provider, serviceCode, null, provider + "/" + serviceCode, operation, id,
                userId, issue, null);
    }

    @Override
    public ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) throws IOException {
        long length = request.getContentLengthLong();
        InputStream body = limits.requestBody(length, request.getInputStream());
        String query = request.getQueryString();
        URI target = URI.create(service.providerBase() + operation + (query == null ? "" : "?" + query));
        BasicClassicHttpRequest call = new BasicClassicHttpRequest(request.getMethod(), target);
        Predicate<String> passing = XRoadHeaders.passing(Collections.list(request.getHeaders("Connection")));
        for (String name : Collections.list(request.getHeaderNames())) {
            if (passing.test(name)) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    call.addHeader(name, value);
                }
            }
        }
        // who calls what, for whom: as decided here, never as the caller wrote it
        call.setHeader(XRoadHeaders.CLIENT, ids.client());
        call.setHeader(XRoadHeaders.SERVICE, ids.service());
        call.setHeader(XRoadHeaders.ID, ids.xroadId());
        if (ids.userId() != null) {
            call.setHeader(XRoadHeaders.USER_ID, ids.userId());
        }
        if (ids.issue() != null) {
            call.setHeader(XRoadHeaders.ISSUE, ids.issue());
        }
        if (length > 0 || request.getHeader("Transfer-Encoding") != null) {
            // no content type on the entity: the caller's Content-Type header is forwarded as it came
            call.setEntity(new InputStreamEntity(new DigestingInputStream(body, digest), length, null));
        }
        return call;
    }

    /** The provider's answer with the X-Road headers: held whole when short, else streamed up to its last flush. */
    @Override
    public Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest)
            throws IOException {
        InputStream providerBody = ProviderCalls.answerBody(answer, digest);
        byte[] head = providerBody.readNBytes(bufferBytes + 1);
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
        xroadHeaders(ids);
        response.setHeader(XRoadHeaders.REQUEST_HASH, requestHash);
        if (whole) {
            return new Answer(answer.getCode(), head);
        }
        OutputStream out = response.getOutputStream();
        try (providerBody) {
            out.write(head);
            providerBody.transferTo(out);
        }
        return new Answer(answer.getCode(), null);
    }

    /** A SOAP service published as REST: carried by {@link SoapAsRestCall}. */
    @Override
    public ConvertedCall converted(ConversionPlan plan, String operation) {
        return plan.style().published() == ServiceProtocol.REST
                ? new SoapAsRestCall(request, response, this, limits, plan, operation) : null;
    }

    /** problem+json with the X-Road error code; 401 with the challenge when the token is missing or invalid. */
    @Override
    protected void writeRefusal(ExchangeIds ids, LgspException refusal) throws IOException {
        if (refusal.code().httpStatus() == 401) {
            response.setHeader("WWW-Authenticate", refusal.code() == ErrorCode.INVALID_TOKEN
                    ? EndpointAuthorizationFilter.INVALID_TOKEN_CHALLENGE : EndpointAuthorizationFilter.CHALLENGE);
        }
        xroadHeaders(ids);
        response.setHeader(XRoadHeaders.ERROR, XRoadErrors.of(refusal.code()));
        Problems.write(response, refusal, language(), request.getRequestURI());
    }

    void xroadHeaders(ExchangeIds ids) {
        response.setHeader(XRoadHeaders.ID, ids.xroadId());
        response.setHeader(XRoadHeaders.REQUEST_ID, ids.requestId());
        if (ids.client() != null) {
            response.setHeader(XRoadHeaders.CLIENT, ids.client());
        }
        if (ids.service() != null) {
            response.setHeader(XRoadHeaders.SERVICE, ids.service());
        }
    }

    private static String decode(String segment) {
        return segment.indexOf('%') < 0 ? segment
                : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private String optionalHeader(String name) {
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
