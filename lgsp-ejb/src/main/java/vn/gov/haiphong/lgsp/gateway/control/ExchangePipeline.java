package vn.gov.haiphong.lgsp.gateway.control;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.core5.http.ClassicHttpResponse;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.Failures;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.io.BoundedInputStream;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlans;
import vn.gov.haiphong.lgsp.exchangelog.boundary.ExchangeLog;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.federation.control.PeerCalls;
import vn.gov.haiphong.lgsp.federation.control.PeerConnections;
import vn.gov.haiphong.lgsp.federation.control.PeerHealth;
import vn.gov.haiphong.lgsp.federation.control.PeerMembers;
import vn.gov.haiphong.lgsp.federation.control.PeerRoutes;
import vn.gov.haiphong.lgsp.federation.control.PeerTokens;
import vn.gov.haiphong.lgsp.gateway.control.ExchangeFront.Answer;

/**
 * One exchange through the gateway, whatever its wire format, as stages read top to bottom in {@link #run}:
 * authenticate → read → resolve → decide → forward → relay → record → release. The {@link ExchangeFront} translates
 * its wire format; everything decided is decided here, once, and every refusal — whichever stage it comes from —
 * takes the same path: recorded first, then answered ({@link #refuse}).
 *
 * <p>Fail closed: an answer is released only once its record is committed ({@link AnswerRelease}); a refusal is
 * answered only once it is recorded, or the log's own failure is answered instead. The decision is made at one
 * instant and everything answered from it (the maintenance window, the suspension and its notice, whether bodies are
 * kept, the circuit rule) comes from that decision, never from a second look.
 */
@ApplicationScoped
public class ExchangePipeline {

    private static final Logger LOG = Logger.getLogger(ExchangePipeline.class.getName());

    @Inject
    AccessPolicy policy;

    @Inject
    XRoadInstance xroad;

    @Inject
    ProviderCalls providers;

    @Inject
    CircuitBreakers breakers;

    @Inject
    GatewayLimits limits;

    @Inject
    PeerRoutes peers;

    @Inject
    PeerTokens tokens;

    @Inject
    PeerConnections connections;

    @Inject
    ConversionPlans plans;

    @Inject
    PeerMembers members;

    @Inject
    PeerHealth peerHealth;

    @EJB
    ExchangeLog log;

    /** The pipeline's clock: when an exchange is received, decided on and answered. */
    Clock clock = Clock.systemUTC();

    /** One exchange, answered in full: its answer, or its refusal. */
    public void run(ExchangeFront front) {
        Exchange x = new Exchange(front.protocol().name(), front.method(), clock.instant());
        try {
            Caller caller = front.authenticate();
            boolean national = PeerMembers.isPeer(caller);
            x.client = national ? caller.clientId() : xroad.name(caller.system());
            ExchangeRequest asked = national ? readNational(front, x, caller) : read(front, x, caller);
            PeerRoutes.Route remote = national ? null : remote(front, x, caller, asked);
            ServiceEntry service;
            if (remote != null) {
                service = remote.decision().service();
            } else {
                SystemId provider = xroad.system(asked.provider())
                        .orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service));
                if (asked.answeredHere() != null) {
                    answerHere(front, asked.answeredHere(), x, caller, provider);
                    return;
                }
                service = decide(front, x, national ? null : caller.system(), provider, asked);
            }
            CircuitBreakers.Rule rule = breakers.rule(service);
            BodyDigest requestDigest = limits.digest(x.keepBodies, true);
            ClassicHttpResponse answer = forward(front, x, service, rule, requestDigest, remote);
            try (answer) {
                String requestHash = requestDigest.sha512Base64(); // once: a digest is consumed by reading it
                if (remote != null) {
                    front.readPeerAnswer(answer, x.ids());
                    PeerCalls.checkAnswer(answer, requestHash, remote.peer(), x.service, tokens);
                }
                BodyDigest answerDigest = limits.digest(x.keepBodies, false);
                Answer relayed = relay(front, x, service, answer, requestHash, answerDigest);
                release(front, x, relayed, x.record(relayed.status(), null, answerDigest, clock.instant()));
            }
        } catch (LgspException e) {
            refuse(front, x, e);
        } catch (BoundedInputStream.TooLarge e) {
            refuse(front, x, e.toLgspException());
        } catch (IOException e) {
            // the caller's side failed (it went away, or its body could not be read): nothing more to answer it
            LOG.log(Level.FINE, "Exchange " + x.requestId + " ended by its caller", e);
            refuse(front, x, new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, "request could not be read"));
        } catch (RuntimeException e) {
            refuse(front, x, Failures.of(e));
        }
    }

    /** What the caller asks; it must name itself as the client it authenticated as. */
    private ExchangeRequest read(ExchangeFront front, Exchange x, Caller caller) throws IOException {
        ExchangeRequest asked = front.read();
        x.asked(asked);
        if (xroad.system(asked.client()).filter(caller.system()::equals).isEmpty()) {
            throw new LgspException(ErrorCode.CLIENT_MISMATCH, asked.client(), x.client);
        }
        return asked;
    }

    /**
     * What a national peer's security server asks, for one of its members, over REST or SOAP: the member it names
     * ({@code X-Road-Client}, {@code xrd:client}) must be of the peer's own instance ({@link PeerMembers#member}), and
     * is the client from then on — in the decision, the provider's
     * {@code X-Road-Client}, the log and the statistics.
     */
    private ExchangeRequest readNational(ExchangeFront front, Exchange x, Caller caller) throws IOException {
        ExchangeRequest asked = front.read();
        x.asked(asked);
        String member = members.member(caller, asked.client())
                .orElseThrow(() -> new LgspException(ErrorCode.CLIENT_MISMATCH, asked.client(), x.client));
        x.client = member;
        if (!members.linkEnabled(member)) {
            throw new LgspException(ErrorCode.CLIENT_NOT_CONNECTED, member);
        }
        return asked;
    }

    /**
     * The service version asked for, and whether this caller may call it now: the service, or the refusal. The
     * caller is the city system {@code consumer}, or (null) the national peer's member {@code x.client}, whose right
     * is the federation's.
     */
    private ServiceEntry decide(ExchangeFront front, Exchange x, SystemId consumer, SystemId provider,
                                ExchangeRequest asked) {
        ServiceId id = ServiceId.of(provider, asked.serviceCode(), asked.serviceVersion())
                .orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, x.service));
        boolean rest = front.protocol() == ServiceProtocol.REST;
        String path = x.operation.isEmpty() ? "/" : x.operation;
        String member = x.client;
        ConversionPlan plan = conversion(front, id);
        String converted = plan == null ? null : plan.operationCode(x.method, x.operation);
        if (plan != null && converted == null) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, x.service + " is converted: " + String.join("; ",
                    plan.mapping()));
        }
        AccessPolicy.OperationOf operation = converted != null ? AccessPolicy.OperationOf.code(converted)
                : rest ? AccessPolicy.OperationOf.rest(x.method, path) : AccessPolicy.OperationOf.code(x.operation);
        // A national peer's member (no city consumer) is decided by its inbound rights; a city system by its own.
        AccessPolicy.Decision decision = consumer == null
                ? policy.decideFor((entry, now) -> members.mayCall(member, entry.serviceId(), now), id, operation,
                        clock.instant())
                : policy.decide(consumer, id, operation, clock.instant());
        ServiceEntry service = Admission.admit(decision, x.client, x.service,
                rest ? x.method + " " + x.operation : x.operation, front.language(), clock.instant());
        if (converted != null && service.protocol() != front.protocol()) {
            x.converted = front.converted(plan, converted);
        }
        if (service.protocol() != front.protocol() && x.converted == null) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, x.service + " is a " + service.protocol()
                    + " service: call it at " + (rest ? "/ws/gateway" : "/r1/"));
        }
        x.keepBodies = service.logBodies();
        return service;
    }

    /**
     * The declared conversion of a service called in the protocol it does not speak, when it publishes that one; null
     * otherwise (and never looked up for a call in the service's own protocol).
     */
    private ConversionPlan conversion(ExchangeFront front, ServiceId id) {
        return policy.service(id).filter(s -> s.protocol() != front.protocol())
                .flatMap(s -> plans.of(s.id()))
                .filter(p -> p.style().published() == front.protocol())
                .orElse(null);
    }

    /**
     * A call to a service of another X-Road instance (a national peer's): whether this caller may make it, decided by
     * the peer routes as the access policy decides local calls; null when the provider is of this instance or of no
     * configured peer (then it is resolved here as any other).
     */
    private PeerRoutes.Route remote(ExchangeFront front, Exchange x, Caller caller, ExchangeRequest asked) {
        if (!peers.isRemote(asked.provider())) {
            return null;
        }
        if (asked.answeredHere() != null) {
            throw new LgspException(ErrorCode.GATEWAY_INVALID_REQUEST, x.service
                    + ": a national peer's metadata is in /admin/v1/peers");
        }
        PeerRoutes.Route route = peers.decide(caller.system(), asked.provider(), asked.serviceCode(), front.protocol(),
                clock.instant());
        Admission.admit(route.decision(), x.client, x.service, x.method + " " + x.operation, front.language(),
                clock.instant());
        x.keepBodies = false;
        return route;
    }

    /**
     * The request to the provider, sent within the service's timeout and behind its circuit breaker; to a peer, as
     * the LGSP's member there on behalf of the calling city system ({@link PeerCalls#sign}), its link's failures
     * counted ({@link PeerHealth}).
     */
    private ClassicHttpResponse forward(ExchangeFront front, Exchange x, ServiceEntry service, CircuitBreakers.Rule rule,
                                        BodyDigest requestDigest, PeerRoutes.Route remote) throws IOException {
        try {
            var request = x.converted != null ? x.converted.forward(service, x.ids(), requestDigest)
                    : remote == null ? front.forward(service, x.ids(), requestDigest)
                    : front.forwardToPeer(service, x.ids(), requestDigest, remote.peer().ownClient(),
                    PeerCalls.representedParty(x.client));
            if (remote == null) {
                x.forwarded = clock.instant();
                return providers.send(service, rule, x.service, request, null);
            }
            try {
                PeerCalls.sign(request, remote.peer(), tokens.token(remote.peer()), x.client);
                x.forwarded = clock.instant();
                ClassicHttpResponse answer = providers.send(service, rule, x.service, request,
                        connections.client(remote.peer()));
                peerHealth.reached(remote.peer().instance());
                return answer;
            } catch (LgspException e) {
                peerHealth.failed(remote.peer().instance(), e);
                throw e;
            }
        } finally {
            x.request(requestDigest);
        }
    }

    /** The provider's answer, made the caller's; failing to read it is the provider's failure. */
    private static Answer relay(ExchangeFront front, Exchange x, ServiceEntry service, ClassicHttpResponse answer,
                                String requestHash, BodyDigest answerDigest) {
        try {
            return x.converted != null ? x.converted.relay(answer, x.ids(), requestHash, answerDigest)
                    : front.relay(answer, x.ids(), requestHash, answerDigest);
        } catch (IOException e) {
            throw ProviderCalls.failed(service, x.service, e);
        }
    }

    /** A metadata request, answered here and recorded like any exchange. */
    private void answerHere(ExchangeFront front, ExchangeFront.LocalAnswer local, Exchange x, Caller caller,
                            SystemId provider) {
        BodyDigest requestDigest = limits.digest(false, true);
        BodyDigest answerDigest = limits.digest(false, false);
        Answer answer = local.answer(caller, provider, x.ids(), requestDigest, answerDigest);
        x.request(requestDigest);
        release(front, x, answer, x.record(answer.status(), null, answerDigest, clock.instant()));
    }

    /**
     * Hands the record to the log; the front releases the answer once it is committed. A caller that went away while
     * its answer was written changes nothing: the exchange is recorded once, as answered.
     */
    private void release(ExchangeFront front, Exchange x, Answer answer, ExchangeRecord record) {
        try {
            front.release(answer, new AnswerRelease(log.append(record),
                    () -> refuse(front, x, new LgspException(ErrorCode.EXCHANGE_LOG_FAILED))));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Answer of exchange " + x.requestId + " not delivered: the caller went away", e);
        }
    }

    /**
     * A refusal: recorded, then answered — the log's failure instead if it cannot be recorded. The refusal of a log
     * failure itself is handed to the log without waiting: the log has just failed this exchange (or let it wait its
     * 10 s), and waiting again for the refusal's record would only double the caller's wait. It is written if the log
     * recovers; the refusal releases nothing.
     */
    private void refuse(ExchangeFront front, Exchange x, LgspException refusal) {
        ExchangeRecord record = x.record(refusal.code().httpStatus(), XRoadErrors.of(refusal.code()), null,
                clock.instant());
        LgspException answered = refusal;
        if (refusal.code() == ErrorCode.EXCHANGE_LOG_FAILED) {
            log.append(record);
        } else {
            try {
                AnswerRelease.await(log.append(record));
            } catch (LgspException logFailure) {
                answered = logFailure;
            }
        }
        try {
            front.refuse(x.ids(), answered);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Refusal of exchange " + x.requestId + " not delivered: the caller went away", e);
        }
    }
}
