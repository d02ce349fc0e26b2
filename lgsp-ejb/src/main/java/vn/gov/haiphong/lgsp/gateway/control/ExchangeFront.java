package vn.gov.haiphong.lgsp.gateway.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import java.io.IOException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;

/**
 * One exchange as its wire format carries it (REST in lgsp-web, SOAP in lgsp-ws), seen from the
 * {@link ExchangePipeline}: a front reads the caller's request into the pipeline's terms and writes what the pipeline
 * answers in its own. It decides nothing — who may call what, the provider call, the record and when the answer is
 * released are the pipeline's — so both gateways behave alike by construction.
 */
public interface ExchangeFront {

    ServiceProtocol protocol();

    String method();

    /** The caller's language, read once from the request. */
    Language language();

    /** The calling system, as this front's credentials prove it; a refusal otherwise. */
    Caller authenticate();

    /** What the caller asks, read and checked as far as the wire format can tell. */
    ExchangeRequest read() throws IOException;

    /**
     * The provider's request: the caller's, addressed to {@code service}, with the X-Road identity as decided
     * ({@code ids}), never as the caller wrote it. Its body is fed into {@code digest} as it is sent.
     */
    ClassicHttpRequest forward(ServiceEntry service, ExchangeIds ids, BodyDigest digest) throws IOException;

    /**
     * The call to a national peer: as {@link #forward}, with the identity rewritten where the wire format carries it in
     * the message itself (SOAP: {@code xrd:client} is {@code ownClient}, {@code repr:representedParty} is
     * {@code party}); a format that carries it in HTTP headers only leaves that to {@code PeerCalls}.
     */
    default ClassicHttpRequest forwardToPeer(ServiceEntry service, ExchangeIds ids, BodyDigest digest, String ownClient,
                                             String party) throws IOException {
        return forward(service, ids, digest);
    }

    /**
     * A peer's answer made to say in HTTP headers what the peer attests ({@code X-Road-Request-Hash},
     * {@code X-Road-Error}), as a REST peer does, before it is checked; a format that has them there already leaves it.
     */
    default void readPeerAnswer(ClassicHttpResponse answer, ExchangeIds ids) throws IOException {
    }

    /**
     * The provider's answer made the caller's (status and headers set): held whole, or streamed all but its end.
     * Its body is read through {@link ProviderCalls#answerBody} into {@code digest}; an {@link IOException} is the
     * provider's failure.
     */
    Answer relay(ClassicHttpResponse answer, ExchangeIds ids, String requestHash, BodyDigest digest) throws IOException;

    /**
     * The call converted by a service's declared conversion ({@code plan}, the {@code operation} it names), when this
     * front can carry it; null when it cannot (the call is then refused as one in the wrong protocol).
     */
    default ConvertedCall converted(ConversionPlan plan, String operation) {
        return null;
    }

    /** Completes the answer once its record is stored ({@link AnswerRelease}); never before. */
    void release(Answer answer, AnswerRelease record) throws IOException;

    /** Answers a refusal, already recorded: the X-Road error code, in the caller's language. */
    void refuse(ExchangeIds ids, LgspException refusal) throws IOException;

    /**
     * What a front relays: the status, and the body when it was held whole; {@code held} is null when the body was
     * streamed and only its end (the last flush) waits for the record.
     */
    record Answer(int status, byte[] held) {
    }

    /**
     * How a front answers a request the gateway answers itself, never forwarded (the SOAP metadata services): both
     * digests are filled here, the request as read and the answer as it will be sent.
     */
    @FunctionalInterface
    interface LocalAnswer {
        Answer answer(Caller caller, SystemId provider, ExchangeIds ids, BodyDigest request, BodyDigest answer);
    }
}
