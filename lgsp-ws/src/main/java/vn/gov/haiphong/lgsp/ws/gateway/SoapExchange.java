package vn.gov.haiphong.lgsp.ws.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.DigestingInputStream;
import vn.gov.haiphong.lgsp.gateway.control.Exchange;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeGate;
import vn.gov.haiphong.lgsp.gateway.control.MultipartRelated;
import vn.gov.haiphong.lgsp.gateway.control.SoapEnvelope;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata;
import vn.gov.haiphong.lgsp.gateway.control.SoapResponseHeaders;
import vn.gov.haiphong.lgsp.gateway.control.XRoadErrors;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.ws.common.RawFault;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * The SOAP gateway, X-Road message protocol 4.0 (DESIGN §4): {@code POST /ws/gateway} with a SOAP 1.1 or
 * 1.2 envelope whose header names {@code xrd:client} (the authenticated system itself), {@code xrd:service},
 * {@code xrd:id}, {@code xrd:userId}, {@code xrd:issue}, {@code xrd:protocolVersion} 4.0. The envelope — a plain
 * message, or the root part of an MTOM/SwA one — is read whole (at most {@code lgsp.gateway.soap.scan-bytes}) and
 * scanned to its end ({@link SoapEnvelope}: one reading, nothing a provider could read another way) before the
 * provider sees a byte; only attachments are streamed unread, so what the gateway decided on is what it forwards.
 * A SOAP action (header or SOAP 1.2 parameter) must name the body's operation. The body goes to the provider
 * untouched; the answer comes back with the headers echoed
 * and {@code xrd:requestHash}, released only after its exchange record is committed. Refusals are SOAP
 * faults whose faultcode is the X-Road error code. A message addressed to the metadata services
 * ({@code listMethods}, {@code allowedMethods}, {@code getWsdl} of a provider subsystem) is answered here by
 * {@link SoapMetadataAnswers} and logged, never forwarded. Called by the edge ({@link SoapEdgeExtension}) before
 * the container's security layer, or by the {@link SoapGateway} servlet when the edge is not in front.
 */
@ApplicationScoped
public class SoapExchange {

    @Inject
    AccessPolicy policy;

    @Inject
    ExchangeGate gate;

    @Inject
    SoapAuthenticator authenticator;

    @Inject
    XRoadInstance xroad;

    @Inject
    SoapMetadataAnswers metadata;

    @Inject
    @ConfigProperty(name = "lgsp.gateway.soap.scan-bytes", defaultValue = "1048576")
    int scanBytes;

    /** One exchange, answered in full (also every refusal, as a SOAP fault). */
    public void exchange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Exchange x = new Exchange("SOAP", "POST");
        Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        boolean soap12 = contentType.startsWith("application/soap+xml") || contentType.contains("application/soap+xml");
        boolean multipart = MultipartRelated.is(contentType);
        try {
            if (!multipart && !soap12 && !contentType.startsWith("text/xml")) {
                throw new LgspException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, request.getContentType(),
                        "text/xml (SOAP 1.1), application/soap+xml (SOAP 1.2), multipart/related (MTOM, SwA)");
            }
            Caller caller = authenticator.authenticate(request);
            SystemId client = caller.system();
            x.client = xroad.name(client);
            InputStream body = gate.requestBody(request.getContentLengthLong(), request.getInputStream());
            byte[] head = body.readNBytes(scanBytes + 1);
            boolean whole = head.length <= scanBytes;
            if (!multipart && !whole) {
                throw new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, scanBytes);
            }
            SoapEnvelope envelope = multipart
                    ? SoapEnvelope.read(MultipartRelated.content(head, MultipartRelated.requestRoot(head, request.getContentType())))
                    : SoapEnvelope.read(head);
            if (!multipart && envelope.soap12() != soap12) {
                throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "envelope version and content type differ");
            }
            identify(x, envelope);
            if (SoapMetadata.addressed(envelope)) {
                answerMetadata(x, caller, envelope, head, !multipart, language, response);
                return;
            }
            ServiceEntry service = decide(x, client, envelope, language);
            forward(x, service, envelope, request, head, whole ? null : body, language, response);
        } catch (LgspException e) {
            fault(response, soap12, language, gate.refused(x, e));
        } catch (RuntimeException e) {
            fault(response, soap12, language, gate.refused(x, Failures.of(e)));
        }
    }

    /** What the headers say goes into the record; {@code xrd:client} must name the caller itself. */
    private static void identify(Exchange x, SoapEnvelope envelope) {
        if (envelope.id() != null) {
            x.xroadId = envelope.id();
        }
        x.userId = envelope.userId();
        x.issue = envelope.issue();
        x.service = envelope.service();
        x.operation = envelope.operation();
        if (!envelope.client().equals(x.client)) {
            throw new LgspException(ErrorCode.CLIENT_MISMATCH, envelope.client(), x.client);
        }
    }

    /** The provider subsystem {@code xrd:service} names. */
    private SystemId provider(Exchange x, SoapEnvelope envelope) {
        return xroad.system(envelope.instance() + "/" + envelope.memberClass() + "/" + envelope.memberCode() + "/"
                + envelope.subsystemCode()).orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service));
    }

    private ServiceEntry decide(Exchange x, SystemId client, SoapEnvelope envelope, Language language) {
        ServiceId serviceId = ServiceId.of(provider(x, envelope), envelope.serviceCode(), envelope.serviceVersion())
                .orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service));
        ServiceEntry service = gate.admit(policy.decideOperation(client, serviceId, envelope.operation(), Instant.now()),
                x, envelope.operation(), language);
        if (service.protocol() != Service.Protocol.SOAP) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, x.service + " is a REST service: call it at /r1/");
        }
        return service;
    }

    /**
     * A metadata service (listMethods, allowedMethods, getWsdl) answered here, never forwarded; logged like any
     * exchange. Only a plain SOAP message read whole is one.
     */
    private void answerMetadata(Exchange x, Caller caller, SoapEnvelope envelope, byte[] message, boolean plainAndWhole,
                                Language language, HttpServletResponse response) throws IOException {
        if (!plainAndWhole) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "a metadata request is one plain SOAP message of at"
                    + " most " + scanBytes + " bytes");
        }
        BodyDigest requestDigest = gate.digest(x, true);
        requestDigest.update(message, 0, message.length);
        x.request(requestDigest);
        SoapMetadata.Answer answer = metadata.answer(caller, provider(x, envelope), envelope, message, x.xroadId,
                requestDigest.sha512Base64());
        BodyDigest answerDigest = gate.digest(x, false);
        answerDigest.update(answer.body(), 0, answer.body().length);
        answer(x, response, x.record(200, null, answerDigest), answer.contentType(), answer.body(), envelope.soap12(),
                language);
    }

    /** Sends the message: {@code head} alone when it was read whole ({@code rest} null), else head then rest. */
    private void forward(Exchange x, ServiceEntry service, SoapEnvelope envelope, HttpServletRequest request,
                         byte[] head, InputStream rest, Language language, HttpServletResponse response) throws IOException {
        BodyDigest requestDigest = gate.digest(x, true);
        BasicClassicHttpRequest call = new BasicClassicHttpRequest("POST", service.providerUrl());
        call.setHeader("Content-Type", forwardedType(request.getContentType(), envelope));
        if (rest == null) { // read whole: sent with its length
            requestDigest.update(head, 0, head.length);
            call.setEntity(new ByteArrayEntity(head, null));
        } else {
            call.setEntity(new InputStreamEntity(new DigestingInputStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), rest), requestDigest), -1, null));
        }
        String action = request.getHeader("SOAPAction");
        if (action != null) {
            requireActionNames(action, envelope);
            call.setHeader("SOAPAction", action);
        }
        ClassicHttpResponse answer;
        try {
            answer = gate.send(x, service, call);
        } finally {
            x.request(requestDigest);
        }
        try (answer) {
            relay(x, service, envelope, answer, requestDigest.sha512Base64(), language, response);
        }
    }

    /**
     * The content type the provider receives: a multipart message's without {@code start} (its root is then the
     * first part, the one read here: {@link MultipartRelated}); a SOAP 1.2 {@code action} parameter must name the
     * operation read from the body.
     */
    private static String forwardedType(String contentType, SoapEnvelope envelope) {
        if (MultipartRelated.is(contentType)) {
            return MultipartRelated.forwardedType(contentType);
        }
        String action = MultipartRelated.parameters(contentType).get("action");
        if (action != null) {
            requireActionNames(action, envelope);
        }
        return contentType;
    }

    /** A SOAP action that names another operation than the body would let a provider that dispatches on it call that one. */
    private static void requireActionNames(String action, SoapEnvelope envelope) {
        if (!XRoadHeaders.isSafeValue(action) || !SoapEnvelope.actionNames(action, envelope.operation())) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "the SOAP action names another operation than the body");
        }
    }

    /** The provider's answer with the X-Road headers, held until its record is stored. */
    private void relay(Exchange x, ServiceEntry service, SoapEnvelope envelope, ClassicHttpResponse answer,
                       String requestHash, Language language, HttpServletResponse response) throws IOException {
        Header contentType = answer.getFirstHeader("Content-Type");
        String type = contentType != null ? contentType.getValue() : envelope.soap12()
                ? "application/soap+xml; charset=UTF-8" : "text/xml; charset=UTF-8";
        BodyDigest digest = gate.digest(x, false);
        byte[] received;
        try (InputStream provider = new BoundedInputStream(ExchangeGate.answerBody(answer, digest), gate.maxBodyBytes())) {
            received = provider.readAllBytes();
        } catch (BoundedInputStream.TooLarge e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, x.service, "answer larger than " + gate.maxBodyBytes() + " bytes");
        } catch (IOException e) {
            throw ExchangeGate.providerFailed(x, service, e);
        }
        byte[] relayed;
        try {
            relayed = MultipartRelated.is(type) ? rewriteRoot(received, type, envelope, x, requestHash)
                    : echo(received, envelope, x, requestHash);
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, x.service, "not a SOAP message");
        }
        answer(x, response, x.record(answer.getCode(), null, digest), type, relayed, envelope.soap12(), language);
    }

    /** The answer, released once its record is stored; a SOAP fault instead if it cannot be. */
    private void answer(Exchange x, HttpServletResponse response, ExchangeRecord record, String type, byte[] body,
                        boolean soap12, Language language) throws IOException {
        response.setStatus(record.status());
        response.setContentType(type);
        gate.answerWhenStored(record, response, body, () -> fault(response, soap12, language,
                gate.refused(x, new LgspException(ErrorCode.EXCHANGE_LOG_FAILED))));
    }

    private static byte[] echo(byte[] message, SoapEnvelope envelope, Exchange x, String requestHash)
            throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 1024);
        SoapResponseHeaders.copy(new ByteArrayInputStream(message), out, envelope, x.xroadId, requestHash);
        return out.toByteArray();
    }

    /** An MTOM/SwA answer: the headers go into its root part; the attachments are relayed byte for byte. */
    private static byte[] rewriteRoot(byte[] message, String type, SoapEnvelope envelope, Exchange x, String requestHash)
            throws XMLStreamException {
        MultipartRelated.Root root;
        try {
            root = MultipartRelated.boundary(type).flatMap(b -> MultipartRelated.root(message, b))
                    .orElseThrow(() -> new XMLStreamException("multipart answer without a root part"));
        } catch (LgspException unreadableType) {
            throw new XMLStreamException("multipart answer with an unreadable content type");
        }
        return MultipartRelated.replaceRoot(message, root,
                echo(MultipartRelated.content(message, root), envelope, x, requestHash));
    }

    private static void fault(HttpServletResponse response, boolean soap12, Language language, LgspException e)
            throws IOException {
        int status = switch (e.code()) {
            case AUTHENTICATION_REQUIRED, INVALID_TOKEN, INVALID_CREDENTIALS -> 401;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case TOO_MANY_FAILED_ATTEMPTS -> 429;
            default -> 500;
        };
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", SoapAuthenticator.CHALLENGE);
        }
        response.setHeader(XRoadHeaders.ERROR, XRoadErrors.of(e.code()));
        e.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", String.valueOf(seconds)));
        response.setContentType((soap12 ? "application/soap+xml" : "text/xml") + "; charset=UTF-8");
        response.setHeader("Content-Language", language.locale().getLanguage());
        byte[] xml = RawFault.xml(soap12, language.locale().getLanguage(), e.code(), Messages.title(language, e.code()),
                Messages.detail(language, e), XRoadErrors.of(e.code())).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }
}
