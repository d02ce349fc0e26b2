package vn.gov.haiphong.lgsp.web.gateway;

import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.JsonText;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.conversion.control.ConversionException;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.conversion.control.SoapAsRest;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.ConvertedCall;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeFront.Answer;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeIds;
import vn.gov.haiphong.lgsp.gateway.control.GatewayLimits;
import vn.gov.haiphong.lgsp.gateway.control.ProviderCalls;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;
import vn.gov.haiphong.lgsp.web.common.Problems;

/**
 * A REST call to a SOAP service published as REST ({@code SOAP_AS_REST}): {@code POST /<operation>} with a JSON body
 * becomes the SOAP request (the X-Road header as decided, the request element written by the XSD); the response
 * element comes back as JSON, a SOAP Fault as problem+json (400 for the caller's fault, 502 for the provider's) with
 * the fault's code and text. Both bodies are bounded by {@code lgsp.gateway.conversion.max-body-bytes}.
 */
final class SoapAsRestCall implements ConvertedCall {

    static final String FAULT_TYPE = ErrorCode.TYPE_BASE + "provider-soap-fault";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final RestFront front;
    private final GatewayLimits limits;
    private final ConversionPlan plan;
    private final SoapAsRest.Operation operation;

    SoapAsRestCall(HttpServletRequest request, HttpServletResponse response, RestFront front, GatewayLimits limits,
                   ConversionPlan plan, String operation) {
        this.request = request;
        this.response = response;
        this.front = front;
        this.limits = limits;
        this.plan = plan;
        this.operation = plan.soap().operations().get(operation);
    }

    @Override
    public ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) throws IOException {
        long limit = limits.maxConvertedBytes();
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // the limit as written in the configuration, not as the caller's locale would group its digits
            throw new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, String.valueOf(limit));
        }
        byte[] body;
        try (InputStream in = new BoundedInputStream(limits.requestBody(declared, request.getInputStream()), limit)) {
            body = in.readAllBytes();
        }
        digest.update(body, 0, body.length);
        JsonValue json;
        try {
            json = JsonText.parse(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "the body of a converted call is one JSON object");
        }
        byte[] envelope;
        try {
            envelope = SoapAsRest.envelope(plan.soap(), operation, json, ids.client(), ids.service(), ids.xroadId(),
                    ids.userId(), ids.issue());
        } catch (ConversionException e) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, e.getMessage());
        }
        BasicClassicHttpRequest call = new BasicClassicHttpRequest("POST", service.providerUrl());
        boolean soap12 = plan.soap().soap12();
        ContentType type = soap12 ? ContentType.create("application/soap+xml", StandardCharsets.UTF_8)
                : ContentType.create("text/xml", StandardCharsets.UTF_8);
        call.setEntity(new ByteArrayEntity(envelope, type));
        if (!soap12) {
            call.setHeader("SOAPAction", "\"" + operation.soapAction() + "\"");
        }
        return call;
    }

    @Override
    public Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest)
            throws IOException {
        long limit = limits.maxConvertedBytes();
        byte[] received;
        try (InputStream provider = new BoundedInputStream(ProviderCalls.answerBody(answer, digest), limit)) {
            received = provider.readAllBytes();
        } catch (BoundedInputStream.TooLarge e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), "answer larger than " + limit
                    + " bytes (lgsp.gateway.conversion.max-body-bytes)");
        }
        SoapAsRest.Answer converted;
        try {
            converted = SoapAsRest.answer(plan.soap(), operation, received);
        } catch (ConversionException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), e.getMessage());
        }
        int status;
        byte[] body;
        if (converted instanceof SoapAsRest.Json json) {
            status = 200;
            body = json.value().toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
        } else {
            SoapAsRest.Fault fault = (SoapAsRest.Fault) converted;
            status = fault.client() ? 400 : 502;
            body = JsonText.JSON.createObjectBuilder()
                    .add("type", FAULT_TYPE)
                    .add("title", "Dịch vụ SOAP trả lỗi / The SOAP service answered a fault")
                    .add("status", status)
                    .add("detail", fault.text())
                    .add("instance", Problems.instance(request.getRequestURI()))
                    .add("faultCode", fault.code())
                    .build().toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType(Problems.MEDIA_TYPE);
        }
        response.setStatus(status);
        front.xroadHeaders(ids);
        response.setHeader(XRoadHeaders.REQUEST_HASH, requestHash);
        return new Answer(status, body);
    }
}
