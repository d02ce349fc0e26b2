package vn.gov.haiphong.lgsp.ws.gateway;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import javax.xml.stream.XMLStreamException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.w3c.dom.Element;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.conversion.control.ConversionException;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.conversion.control.RestAsSoap;
import vn.gov.haiphong.lgsp.conversion.control.XmlTrees;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.ConvertedCall;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeFront.Answer;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeIds;
import vn.gov.haiphong.lgsp.gateway.control.ProviderCalls;
import vn.gov.haiphong.lgsp.gateway.control.SoapEnvelope;
import vn.gov.haiphong.lgsp.gateway.control.SoapResponseHeaders;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;

/**
 * A SOAP call to a REST service published as SOAP ({@code REST_AS_SOAP}): the body's request element becomes the REST
 * call its operation maps to (parameters in the path and query, {@code body} as JSON), with the X-Road headers as
 * decided; the provider's JSON answer becomes the response element, and an HTTP error a SOAP Fault — both with the
 * request's X-Road headers echoed and {@code xrd:requestHash}. The caller's message must be one plain SOAP message
 * within {@code lgsp.gateway.conversion.max-body-bytes}, and so must the provider's answer.
 */
final class RestAsSoapCall implements ConvertedCall {

    private final HttpServletResponse response;
    private final SoapEnvelope envelope;
    private final byte[] message;
    private final ConversionPlan plan;
    private final RestAsSoap.Operation operation;
    private final long limit;

    /** @param message the caller's whole message, or null when it was not one plain message read whole */
    RestAsSoapCall(HttpServletResponse response, SoapEnvelope envelope, byte[] message, ConversionPlan plan,
                   String operation, long limit) {
        this.response = response;
        this.envelope = envelope;
        this.message = message;
        this.plan = plan;
        this.operation = plan.restOperations().get(operation);
        this.limit = limit;
    }

    @Override
    public ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) {
        if (message == null) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, ids.service() + " is converted from REST: one plain"
                    + " SOAP message, no attachments");
        }
        if (message.length > limit) {
            // the limit as written in the configuration, not as the caller's locale would group its digits
            throw new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, String.valueOf(limit));
        }
        digest.update(message, 0, message.length);
        RestAsSoap.RestCall call;
        try {
            Element envelopeElement = XmlTrees.parse(message).getDocumentElement();
            Element body = XmlTrees.child(envelopeElement, envelopeElement.getNamespaceURI(), "Body");
            call = RestAsSoap.request(plan.namespace(), operation, XmlTrees.firstElement(body));
        } catch (ConversionException e) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, e.getMessage());
        }
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(call.method(),
                URI.create(service.providerBase() + call.pathAndQuery()));
        request.setHeader("Accept", "application/json");
        // who calls what, for whom: as decided here
        request.setHeader(XRoadHeaders.CLIENT, ids.client());
        request.setHeader(XRoadHeaders.SERVICE, ids.service());
        request.setHeader(XRoadHeaders.ID, ids.xroadId());
        if (ids.userId() != null) {
            request.setHeader(XRoadHeaders.USER_ID, ids.userId());
        }
        if (ids.issue() != null) {
            request.setHeader(XRoadHeaders.ISSUE, ids.issue());
        }
        if (call.json() != null) {
            request.setEntity(new ByteArrayEntity(call.json(), ContentType.APPLICATION_JSON));
        }
        return request;
    }

    @Override
    public Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest)
            throws IOException {
        byte[] received;
        try (InputStream provider = new BoundedInputStream(ProviderCalls.answerBody(answer, digest), limit)) {
            received = provider.readAllBytes();
        } catch (BoundedInputStream.TooLarge e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), "answer larger than " + limit
                    + " bytes (lgsp.gateway.conversion.max-body-bytes)");
        }
        int status = answer.getCode();
        byte[] soap;
        try {
            soap = status >= 200 && status < 300
                    ? RestAsSoap.answerEnvelope(envelope.soap12(), plan.namespace(), operation, received)
                    : RestAsSoap.faultEnvelope(envelope.soap12(), status, received);
        } catch (ConversionException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(soap.length + 1024);
        try {
            SoapResponseHeaders.copy(new ByteArrayInputStream(soap), out, envelope, ids.xroadId(), requestHash);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        int relayed = status >= 200 && status < 300 ? 200 : 500;
        response.setStatus(relayed);
        response.setContentType((envelope.soap12() ? "application/soap+xml" : "text/xml") + "; charset=UTF-8");
        return new Answer(relayed, out.toByteArray());
    }
}
