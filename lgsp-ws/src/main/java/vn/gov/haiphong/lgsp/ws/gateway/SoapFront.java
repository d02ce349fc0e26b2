package vn.gov.haiphong.lgsp.ws.gateway;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.gateway.control.BodyDigest;
import vn.gov.haiphong.lgsp.gateway.control.ConvertedCall;
import vn.gov.haiphong.lgsp.gateway.control.DigestingInputStream;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeIds;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeRequest;
import vn.gov.haiphong.lgsp.gateway.control.GatewayLimits;
import vn.gov.haiphong.lgsp.gateway.control.MultipartRelated;
import vn.gov.haiphong.lgsp.gateway.control.ProviderCalls;
import vn.gov.haiphong.lgsp.gateway.control.SoapEnvelope;
import vn.gov.haiphong.lgsp.gateway.control.SoapMetadata;
import vn.gov.haiphong.lgsp.gateway.control.SoapPeerHeaders;
import vn.gov.haiphong.lgsp.gateway.control.SoapResponseHeaders;
import vn.gov.haiphong.lgsp.gateway.control.XRoadErrors;
import vn.gov.haiphong.lgsp.gateway.control.XRoadHeaders;
import vn.gov.haiphong.lgsp.http.ServletFront;
import vn.gov.haiphong.lgsp.ws.common.RawFault;
import vn.gov.haiphong.lgsp.ws.security.SoapAuthenticator;

/**
 * One SOAP exchange's wire format (X-Road message protocol 4.0): a SOAP 1.1 or 1.2 envelope, plain or the root part of
 * an MTOM/SwA message. The envelope is read whole (at most {@code lgsp.gateway.soap.scan-bytes}) and scanned to its end
 * ({@link SoapEnvelope}: one reading, nothing a provider could read another way) before the provider sees a byte; only
 * attachments are streamed unread, so what the gateway decided on is what it forwards. A SOAP action (header or SOAP
 * 1.2 parameter) must name the body's operation. The answer comes back with the headers echoed and
 * {@code xrd:requestHash}; a refusal is a SOAP fault whose faultcode is the X-Road error code.
 */
final class SoapFront extends ServletFront {

    private final SoapAuthenticator authenticator;
    private final SoapMetadataAnswers metadata;
    private final GatewayLimits limits;
    private final int scanBytes;
    private final String contentType;
    private final boolean multipart;
    private final boolean soap12;
    private final boolean soap11;
    private SoapEnvelope envelope;
    /** The message as read: all of it, or its first {@code scanBytes} bytes when {@code rest} is not null. */
    private byte[] head;
    private InputStream rest;
    /** The hash of the caller's own message when the one forwarded differs (to a peer); null otherwise. */
    private String callersHash;

    SoapFront(HttpServletRequest request, HttpServletResponse response, SoapAuthenticator authenticator,
              SoapMetadataAnswers metadata, GatewayLimits limits, int scanBytes) {
        super(request, response);
        this.authenticator = authenticator;
        this.metadata = metadata;
        this.limits = limits;
        this.scanBytes = scanBytes;
        this.contentType = Optional.ofNullable(request.getContentType()).orElse("");
        String type = contentType.toLowerCase(Locale.ROOT);
        this.multipart = MultipartRelated.is(type);
        this.soap12 = type.contains("application/soap+xml");
        this.soap11 = type.startsWith("text/xml");
    }

    @Override
    public ServiceProtocol protocol() {
        return ServiceProtocol.SOAP;
    }

    /** A message this front cannot read at all is refused before its credentials are looked at. */
    @Override
    public Caller authenticate() {
        if (!multipart && !soap12 && !soap11) {
            throw new LgspException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, request.getContentType(),
                    "text/xml (SOAP 1.1), application/soap+xml (SOAP 1.2), multipart/related (MTOM, SwA)");
        }
        return authenticator.authenticate(request);
    }

    @Override
    public ExchangeRequest read() throws IOException {
        InputStream body = limits.requestBody(request.getContentLengthLong(), request.getInputStream());
        head = body.readNBytes(scanBytes + 1);
        boolean whole = head.length <= scanBytes;
        if (!multipart && !whole) {
            throw new LgspException(ErrorCode.PAYLOAD_TOO_LARGE, scanBytes);
        }
        rest = whole ? null : body;
        envelope = multipart
                ? SoapEnvelope.read(MultipartRelated.content(head, MultipartRelated.requestRoot(head, contentType)))
                : SoapEnvelope.read(head);
        if (!multipart && envelope.soap12() != soap12) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "envelope version and content type differ");
        }
        boolean answeredHere = SoapMetadata.addressed(envelope);
        if (answeredHere && (multipart || !whole)) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "a metadata request is one plain SOAP message of at"
                    + " most " + scanBytes + " bytes");
        }
        return new ExchangeRequest(envelope.client(), envelope.instance() + "/" + envelope.memberClass() + "/"
                + envelope.memberCode() + "/" + envelope.subsystemCode(), envelope.serviceCode(),
                envelope.serviceVersion(), envelope.service(), envelope.operation(), envelope.id(), envelope.userId(),
                envelope.issue(), answeredHere ? this::answerMetadata : null);
    }

    /** listMethods, allowedMethods or getWsdl of a provider subsystem: answered from the catalog. */
    private Answer answerMetadata(Caller caller, SystemId provider, ExchangeIds ids, BodyDigest requestDigest,
                             BodyDigest answerDigest) {
        requestDigest.update(head, 0, head.length);
        var answer = metadata.answer(caller, provider, envelope, head, ids.xroadId(), requestDigest.sha512Base64());
        answerDigest.update(answer.body(), 0, answer.body().length);
        response.setStatus(200);
        response.setContentType(answer.contentType());
        return new Answer(200, answer.body());
    }

    /** The message as it came — head alone when read whole, else head then the rest streamed — to the provider's URL. */
    @Override
    public ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) {
        BasicClassicHttpRequest call = new BasicClassicHttpRequest("POST", service.providerUrl());
        call.setHeader("Content-Type", forwardedType());
        if (rest == null) { // read whole: sent with its length
            digest.update(head, 0, head.length);
            call.setEntity(new ByteArrayEntity(head, null));
        } else {
            call.setEntity(new InputStreamEntity(new DigestingInputStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), rest), digest), -1, null));
        }
        String action = request.getHeader("SOAPAction");
        if (action != null) {
            requireActionNames(action);
            call.setHeader("SOAPAction", action);
        }
        return call;
    }

    /**
     * The message to a national peer: a plain SOAP message, its {@code xrd:client} the LGSP's member at the peer and
     * the calling system its {@code repr:representedParty}; the peer's request hash is of these bytes, the caller's
     * answer keeps the hash of the caller's own.
     */
    @Override
    public ClassicHttpRequest forwardToPeer(ServiceEntry service, ExchangeIds ids, BodyDigest digest, String ownClient,
                                            String party) {
        if (multipart) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST,
                    "a national peer's SOAP services take a plain SOAP message, without attachments");
        }
        try {
            BodyDigest callers = new BodyDigest(true);
            callers.update(head, 0, head.length);
            callersHash = callers.sha512Base64();
            head = SoapPeerHeaders.request(head, ownClient, party);
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "not a SOAP message");
        }
        return forward(service, ids, digest);
    }

    /**
     * A peer's SOAP answer: its {@code xrd:requestHash} and fault code become the headers the peer check reads, its
     * X-Road header blocks are dropped (the caller's are echoed in their place by {@link #relay}).
     */
    @Override
    public void readPeerAnswer(ClassicHttpResponse answer, ExchangeIds ids) throws IOException {
        if (answer.getEntity() == null) {
            return;
        }
        byte[] received;
        try (InputStream peer = new BoundedInputStream(answer.getEntity().getContent(), limits.maxBodyBytes())) {
            received = peer.readAllBytes();
        } catch (BoundedInputStream.TooLarge e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(),
                    "answer larger than " + limits.maxBodyBytes() + " bytes");
        }
        SoapPeerHeaders.Answer read;
        try {
            read = SoapPeerHeaders.answer(received);
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), "not a SOAP message");
        }
        if (read.requestHash() != null) {
            answer.setHeader(XRoadHeaders.REQUEST_HASH, read.requestHash());
        }
        if (read.faultCode() != null) {
            answer.setHeader(XRoadHeaders.ERROR, read.faultCode());
        }
        Header type = answer.getFirstHeader("Content-Type");
        answer.setEntity(new ByteArrayEntity(read.message(), type == null ? null
                : org.apache.hc.core5.http.ContentType.parseLenient(type.getValue())));
    }

    /**
     * The content type the provider receives: a multipart message's without {@code start} (its root is then the
     * first part, the one read here: {@link MultipartRelated}); a SOAP 1.2 {@code action} parameter must name the
     * operation read from the body.
     */
    private String forwardedType() {
        if (multipart) {
            return MultipartRelated.forwardedType(contentType);
        }
        String action = MultipartRelated.parameters(contentType).get("action");
        if (action != null) {
            requireActionNames(action);
        }
        return contentType;
    }

    /** A SOAP action that names another operation than the body would let a provider that dispatches on it call that one. */
    private void requireActionNames(String action) {
        if (!XRoadHeaders.isSafeValue(action) || !SoapEnvelope.actionNames(action, envelope.operation())) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "the SOAP action names another operation than the body");
        }
    }

    /** A REST service published as SOAP: carried by {@link RestAsSoapCall}, from the message read whole. */
    @Override
    public ConvertedCall converted(ConversionPlan plan, String operation) {
        if (plan.style().published() != ServiceProtocol.SOAP) {
            return null;
        }
        return new RestAsSoapCall(response, envelope, multipart || rest != null ? null : head, plan, operation,
                limits.maxConvertedBytes());
    }

    /** The provider's answer, read whole, with the X-Road headers echoed into it. */
    @Override
    public Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest)
            throws IOException {
        Header typeHeader = answer.getFirstHeader("Content-Type");
        String type = typeHeader != null ? typeHeader.getValue() : envelope.soap12()
                ? "application/soap+xml; charset=UTF-8" : "text/xml; charset=UTF-8";
        byte[] received;
        try (InputStream provider = new BoundedInputStream(ProviderCalls.answerBody(answer, digest), limits.maxBodyBytes())) {
            received = provider.readAllBytes();
        } catch (BoundedInputStream.TooLarge e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(),
                    "answer larger than " + limits.maxBodyBytes() + " bytes");
        }
        byte[] relayed;
        try {
            // the caller's answer hashes the caller's message, whatever was forwarded in its stead
            String echoed = callersHash != null ? callersHash : requestHash;
            relayed = MultipartRelated.is(type) ? rewriteRoot(received, type, ids, echoed) : echo(received, ids, echoed);
        } catch (XMLStreamException e) {
            throw new LgspException(ErrorCode.SERVICE_FAILED, ids.service(), "not a SOAP message");
        }
        response.setStatus(answer.getCode());
        response.setContentType(type);
        return new Answer(answer.getCode(), relayed);
    }

    private byte[] echo(byte[] message, ExchangeIds ids, String requestHash) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 1024);
        SoapResponseHeaders.copy(new ByteArrayInputStream(message), out, envelope, ids.xroadId(), requestHash);
        return out.toByteArray();
    }

    /** An MTOM/SwA answer: the headers go into its root part; the attachments are relayed byte for byte. */
    private byte[] rewriteRoot(byte[] message, String type, ExchangeIds ids, String requestHash) throws XMLStreamException {
        MultipartRelated.Root root;
        try {
            root = MultipartRelated.boundary(type).flatMap(b -> MultipartRelated.root(message, b))
                    .orElseThrow(() -> new XMLStreamException("multipart answer without a root part"));
        } catch (LgspException unreadableType) {
            throw new XMLStreamException("multipart answer with an unreadable content type");
        }
        return MultipartRelated.replaceRoot(message, root, echo(MultipartRelated.content(message, root), ids, requestHash));
    }

    /** A SOAP fault of the caller's SOAP version, its faultcode the X-Road error code. */
    @Override
    protected void writeRefusal(ExchangeIds ids, LgspException refusal) throws IOException {
        response.setStatus(RawFault.httpStatus(refusal.code()));
        if (refusal.code().httpStatus() == 401) {
            response.setHeader("WWW-Authenticate", SoapAuthenticator.CHALLENGE);
        }
        String code = XRoadErrors.of(refusal.code());
        response.setHeader(XRoadHeaders.ERROR, code);
        refusal.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", String.valueOf(seconds)));
        boolean soap12Fault = envelope != null ? envelope.soap12() : soap12;
        response.setContentType((soap12Fault ? "application/soap+xml" : "text/xml") + "; charset=UTF-8");
        String lang = language().locale().getLanguage();
        response.setHeader("Content-Language", lang);
        byte[] xml = RawFault.xml(soap12Fault, lang, refusal.code(), Messages.title(language(), refusal.code()),
                Messages.detail(language(), refusal), code).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }
}
