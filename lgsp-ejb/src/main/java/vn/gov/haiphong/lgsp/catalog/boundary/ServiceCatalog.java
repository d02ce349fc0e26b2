package vn.gov.haiphong.lgsp.catalog.boundary;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.catalog.control.ContractDocument;
import vn.gov.haiphong.lgsp.catalog.control.ContractEndpoints;
import vn.gov.haiphong.lgsp.catalog.control.ContractFetcher;
import vn.gov.haiphong.lgsp.catalog.control.OpenApiContract;
import vn.gov.haiphong.lgsp.catalog.control.ParsedContract;
import vn.gov.haiphong.lgsp.catalog.control.SelfContainedWsdl;
import vn.gov.haiphong.lgsp.catalog.control.WsdlContract;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.catalog.entity.Service.Status;
import vn.gov.haiphong.lgsp.catalog.entity.ServiceDocument;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Hashes;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.notification.control.Notices;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.control.AgencyDrafts;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.security.control.OutboundPolicy;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The service catalog (Quy chế Đ.6.4): a provider's agency admin (or the operator) registers a service
 * version from its contract — OpenAPI 3 for REST, WSDL 1.1 with its XSDs for SOAP, uploaded or
 * fetched — which is parsed into operations and kept unchanged; then publishes, disables (with a
 * notice callers are shown), re-enables or retires it. Consumers browse published and disabled
 * services and download their contracts. Every change is audited and announced to the access
 * policy's caches on every node.
 */
@Stateless
public class ServiceCatalog {

    static final String ENTITY = "service";
    static final int MIN_TIMEOUT_MS = 100;
    static final int MAX_TIMEOUT_MS = 300_000;
    /** The bounds of a service's own circuit breaker (the table's checks, V11). */
    static final int MAX_CIRCUIT_FAILURES = 1000;
    static final int MAX_CIRCUIT_OPEN_SECONDS = 3600;
    static final int DEFAULT_TIMEOUT_MS = 30_000;
    private static final Logger LOG = Logger.getLogger(ServiceCatalog.class.getName());
    static final Set<Status> VISIBLE = EnumSet.of(Status.PUBLISHED, Status.DISABLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ContractFetcher fetcher;

    @Inject
    OutboundPolicy outbound;

    @EJB
    InformationSystems systems;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @EJB
    Notices notices;

    @EJB
    CacheChanges cacheChanges;

    public ServiceView register(Caller caller, ServiceDraft draft) {
        List<FieldViolation> violations = validate(draft);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        SystemId provider = SystemId.parse(draft.system()).orElseThrow();
        InformationSystems.requireManages(caller, provider.agencyCode());
        InformationSystem system = systems.load(provider.agencyCode(), provider.systemCode());
        ServiceId id = new ServiceId(provider, draft.code().strip(), draft.version().strip());
        if (find(id).isPresent()) {
            throw new LgspException(ErrorCode.SERVICE_EXISTS, id);
        }
        ContractDraft.Type type = ContractDraft.Type.valueOf(draft.contract().type());
        ParsedContract contract = read(type, draft.contract());
        String providerUrl = draft.providerUrl() != null && !draft.providerUrl().isBlank()
                ? draft.providerUrl().strip() : contract.declaredProviderUrl();
        if (!InformationSystems.isHttpUrl(providerUrl)) {
            throw LgspException.invalid(List.of(FieldViolation.of("providerUrl", "service.url.invalid")));
        }
        if (!allowedOutbound(providerUrl)) {
            throw LgspException.invalid(List.of(FieldViolation.of("providerUrl", "outbound.address.forbidden")));
        }
        Service service = new Service(system, id.serviceCode(), id.version(),
                type == ContractDraft.Type.OPENAPI ? ServiceProtocol.REST : ServiceProtocol.SOAP,
                blankToNull(draft.contract().url()));
        service.describe(VietnameseText.clean(draft.titleVi()), VietnameseText.clean(draft.titleEn()),
                VietnameseText.clean(draft.description()),
                draft.dataKind() == null || draft.dataKind().isBlank() ? system.getDataKind()
                        : InformationSystem.DataKind.valueOf(draft.dataKind()),
                providerUrl, draft.timeoutMs() == null ? DEFAULT_TIMEOUT_MS : draft.timeoutMs(),
                Boolean.TRUE.equals(draft.logBodies()));
        if (draft.circuit() != null) {
            service.breakCircuit(draft.circuit().failures(), draft.circuit().openSeconds());
        }
        contract.operations().forEach(o -> service.addOperation(o.code(), o.method(), o.path(), o.summary()));
        em.persist(service);
        boolean main = true;
        for (ContractDocument d : contract.documents()) {
            em.persist(new ServiceDocument(service, d.name(), d.mediaType(), main, d.content(), Hashes.sha256Hex(d.content())));
            main = false;
        }
        agencies.flushOr(ErrorCode.SERVICE_EXISTS, id);
        ServiceView view = view(service, true);
        audit.record(caller, "REGISTER", ENTITY, id.toString(), provider.agencyCode(), null, view);
        return view;
    }

    public ServiceView publish(Caller caller, ServiceId id) {
        Service service = managed(caller, id);
        InformationSystems.requireEligible(service.getSystem());
        return move(caller, service, "PUBLISH", Status.PUBLISHED, null, null, Status.DRAFT);
    }

    /** Calls are refused with this notice until the service is enabled again. */
    public ServiceView disable(Caller caller, ServiceId id, String noticeVi, String noticeEn) {
        Service service = managed(caller, id);
        String vi = VietnameseText.clean(noticeVi);
        if (vi == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("noticeVi", "service.notice.required")));
        }
        return move(caller, service, "DISABLE", Status.DISABLED, vi, VietnameseText.clean(noticeEn), Status.PUBLISHED);
    }

    public ServiceView enable(Caller caller, ServiceId id) {
        return move(caller, managed(caller, id), "ENABLE", Status.PUBLISHED, null, null, Status.DISABLED);
    }

    public ServiceView retire(Caller caller, ServiceId id) {
        return move(caller, managed(caller, id), "RETIRE", Status.RETIRED, null, null,
                Status.DRAFT, Status.PUBLISHED, Status.DISABLED);
    }

    public ServiceView get(Caller caller, ServiceId id) {
        Service service = load(id);
        requireSees(caller, service);
        return view(service, manages(caller, service));
    }

    /**
     * The catalog: published and disabled services unless {@code status} says otherwise (drafts only for
     * the city-wide roles, the auditor, or an agency admin asking for their own agency's).
     */
    public Page<ServiceView> find(Caller caller, String agencyCode, String systemCode, String dataKind, String query,
                                  String status, PageRequest page) {
        String agency = blankToNull(agencyCode) == null ? null : AgencyCodes.requireValid(agencyCode.strip());
        InformationSystem.DataKind kind = blankToNull(dataKind) == null ? null
                : AgencyDrafts.parseEnum(InformationSystem.DataKind.class, dataKind, "dataKind", "service.data-kind.invalid");
        Set<Status> statuses = VISIBLE;
        if (blankToNull(status) != null) {
            Status wanted = AgencyDrafts.parseEnum(Status.class, status, "status", "status.invalid");
            boolean ownAgency = caller.has(Roles.AGENCY_ADMIN) && agency != null && agency.equals(caller.agencyCode());
            if (wanted == Status.DRAFT && !caller.seesEveryAgency() && !ownAgency) {
                throw new LgspException(ErrorCode.ACCESS_DENIED);
            }
            statuses = EnumSet.of(wanted);
        }
        String pattern = blankToNull(query) == null ? null : VietnameseText.containsWordsPattern(query);
        List<Service> found = em.createNamedQuery(Service.SEARCH, Service.class)
                .setParameter("agencyCode", agency).setParameter("systemCode", blankToNull(systemCode))
                .setParameter("dataKind", kind).setParameter("pattern", pattern).setParameter("statuses", statuses)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Service.COUNT, Long.class)
                .setParameter("agencyCode", agency).setParameter("systemCode", blankToNull(systemCode))
                .setParameter("dataKind", kind).setParameter("pattern", pattern).setParameter("statuses", statuses)
                .getSingleResult();
        return new Page<>(found.stream().map(s -> view(s, manages(caller, s))).toList(), page.page(), page.size(), total);
    }

    /**
     * A contract document, the main one when {@code name} is null: as stored for those who manage the
     * provider; for everyone else with the provider's addresses hidden ({@link ContractEndpoints}), as its
     * {@code providerUrl} is — they reach it through the gateway.
     */
    public ContractFile contract(Caller caller, ServiceId id, String name) {
        Service service = load(id);
        requireSees(caller, service);
        return contract(caller, service, documents(service), name);
    }

    /**
     * The main contract document as one file, what the metadata services (getWsdl, getOpenAPI) hand out: a WSDL
     * with the schemas it imports inlined ({@link SelfContainedWsdl}), since those services answer one document;
     * an OpenAPI document as {@link #contract} gives it.
     */
    public ContractFile wholeContract(Caller caller, ServiceId id) {
        Service service = load(id);
        requireSees(caller, service);
        List<ServiceDocument> documents = documents(service);
        ContractFile main = contract(caller, service, documents, null);
        if (service.getProtocol() != ServiceProtocol.SOAP) {
            return main;
        }
        Map<String, byte[]> schemas = documents.stream().filter(d -> !d.isMain())
                .collect(Collectors.toMap(ServiceDocument::getName, ServiceDocument::getContent));
        byte[] whole = SelfContainedWsdl.of(main.content(), schemas);
        return whole == main.content() ? main
                : new ContractFile(main.name(), main.mediaType(), whole, Hashes.sha256Hex(whole));
    }

    private ContractFile contract(Caller caller, Service service, List<ServiceDocument> documents, String name) {
        boolean asStored = manages(caller, service);
        return documents.stream()
                .filter(d -> name == null ? d.isMain() : d.getName().equals(name))
                .findFirst()
                .map(d -> asStored ? new ContractFile(d.getName(), d.getMediaType(), d.getContent(), d.getSha256())
                        : forConsumer(service, d))
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
    }

    /**
     * A document as consumers get it: a SOAP service's documents (WSDLs; its XSDs name no address and stay as
     * they are) and a REST service's OpenAPI document with the addresses hidden.
     */
    private static ContractFile forConsumer(Service service, ServiceDocument document) {
        byte[] stored = document.getContent();
        byte[] content = service.getProtocol() == ServiceProtocol.SOAP ? ContractEndpoints.hiddenInWsdl(stored)
                : document.isMain() ? ContractEndpoints.hiddenInOpenApi(stored) : stored;
        return new ContractFile(document.getName(), document.getMediaType(), content,
                content == stored ? document.getSha256() : Hashes.sha256Hex(content));
    }

    /** The service itself, for the capabilities that act on it (rights, requests, gateway). */
    public Service load(ServiceId id) {
        return find(id).orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, id));
    }

    /** The provider system's services in the given states, for the metadata services. */
    public List<Service> ofProvider(InformationSystem provider, Set<Status> statuses) {
        return em.createNamedQuery(Service.OF_PROVIDER, Service.class).setParameter("system", provider)
                .setParameter("statuses", statuses).getResultList();
    }

    private Optional<Service> find(ServiceId id) {
        return em.createNamedQuery(Service.FIND, Service.class)
                .setParameter("agencyCode", id.agencyCode()).setParameter("systemCode", id.systemCode())
                .setParameter("serviceCode", id.serviceCode()).setParameter("serviceVersion", id.version())
                .getResultStream().findFirst();
    }

    private Service managed(Caller caller, ServiceId id) {
        InformationSystems.requireManages(caller, id.agencyCode());
        return load(id);
    }

    private ServiceView move(Caller caller, Service service, String action, Status next, String noticeVi,
                             String noticeEn, Status... from) {
        if (!List.of(from).contains(service.getStatus())) {
            throw new LgspException(ErrorCode.SERVICE_STATE, service.identifier(), service.getStatus(), action);
        }
        ServiceView before = view(service, true);
        service.moveTo(next, noticeVi, noticeEn);
        agencies.flushOr(ErrorCode.CONCURRENT_UPDATE, service.identifier());
        ServiceView after = view(service, true);
        audit.record(caller, action, ENTITY, service.identifier().toString(), service.getSystem().getAgency().getCode(),
                before, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        if (next == Status.DISABLED || next == Status.RETIRED) {
            notices.tellAboutService("SERVICE_" + next, service.getId(), service.getSystem().getAgency().getId(),
                    service.getSystem().getId(), service.identifier(),
                    noticeVi == null ? null : noticeVi + (noticeEn == null ? "" : " / " + noticeEn));
        }
        return after;
    }

    private static boolean manages(Caller caller, Service service) {
        return caller.seesEveryAgency() || (caller.has(Roles.AGENCY_ADMIN)
                && service.getSystem().getAgency().getCode().equals(caller.agencyCode()));
    }

    /** Drafts exist only for those who manage the provider; to everyone else they are not there. */
    private static void requireSees(Caller caller, Service service) {
        if (service.getStatus() == Status.DRAFT && !manages(caller, service)) {
            throw new LgspException(ErrorCode.SERVICE_NOT_FOUND, service.identifier());
        }
    }

    private ParsedContract read(ContractDraft.Type type, ContractDraft contract) {
        String url = blankToNull(contract.url());
        URI base = url == null ? null : URI.create(url);
        ContractDocument main = url != null ? fetcher.fetch(base, fileName(base, type))
                : fetcher.uploaded(type == ContractDraft.Type.OPENAPI ? "openapi.yaml" : "service.wsdl", contract.document());
        if (type == ContractDraft.Type.OPENAPI) {
            return OpenApiContract.parse(main);
        }
        List<ContractDocument> schemas = new ArrayList<>();
        Map<String, String> given = contract.schemas() == null ? Map.of() : contract.schemas();
        given.forEach((name, text) -> schemas.add(fetcher.uploaded(name, text)));
        return WsdlContract.parse(main, schemas, base, fetcher::tryFetch);
    }

    private static String fileName(URI url, ContractDraft.Type type) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isBlank()) {
            return type == ContractDraft.Type.OPENAPI ? "openapi" : "service.wsdl";
        }
        return type == ContractDraft.Type.WSDL && !last.endsWith(".wsdl") ? last + ".wsdl" : last;
    }

    private List<FieldViolation> validate(ServiceDraft draft) {
        if (draft == null) {
            return List.of(FieldViolation.of("body", "field.required"));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.system() != null && SystemId.parse(draft.system()).isEmpty()) {
            violations.add(FieldViolation.of("system", "access.system.invalid"));
        }
        if (draft.code() != null && !draft.code().isBlank() && !ServiceId.SERVICE_CODE.matcher(draft.code().strip()).matches()) {
            violations.add(FieldViolation.of("code", "service.code.invalid"));
        }
        if (draft.code() != null && ServiceId.METADATA_CODES.contains(draft.code().strip())) {
            violations.add(FieldViolation.of("code", "service.code.reserved", draft.code().strip()));
        }
        if (draft.version() != null && !draft.version().isBlank() && !ServiceId.VERSION.matcher(draft.version().strip()).matches()) {
            violations.add(FieldViolation.of("version", "service.version.invalid"));
        }
        AgencyDrafts.parseOptional(InformationSystem.DataKind.class, draft.dataKind(), "dataKind",
                "service.data-kind.invalid", violations);
        if (draft.timeoutMs() != null && (draft.timeoutMs() < MIN_TIMEOUT_MS || draft.timeoutMs() > MAX_TIMEOUT_MS)) {
            violations.add(FieldViolation.of("timeoutMs", "service.timeout.range", MIN_TIMEOUT_MS, MAX_TIMEOUT_MS));
        }
        if (draft.circuit() != null) {
            outside(draft.circuit().failures(), 1, MAX_CIRCUIT_FAILURES, "circuit.failures",
                    "service.circuit.failures.range", violations);
            outside(draft.circuit().openSeconds(), 1, MAX_CIRCUIT_OPEN_SECONDS, "circuit.openSeconds",
                    "service.circuit.open-seconds.range", violations);
        }
        if (blankToNull(draft.providerUrl()) != null && !InformationSystems.isHttpUrl(draft.providerUrl().strip())) {
            violations.add(FieldViolation.of("providerUrl", "service.url.invalid"));
        } else if (blankToNull(draft.providerUrl()) != null && !allowedOutbound(draft.providerUrl().strip())) {
            violations.add(FieldViolation.of("providerUrl", "outbound.address.forbidden"));
        }
        ContractDraft contract = draft.contract();
        if (contract != null) {
            AgencyDrafts.parseOptional(ContractDraft.Type.class, contract.type(), "contract.type", "contract.type.invalid",
                    violations);
            if (blankToNull(contract.type()) == null) {
                violations.add(FieldViolation.of("contract.type", "field.required"));
            }
            boolean hasDocument = blankToNull(contract.document()) != null;
            boolean hasUrl = blankToNull(contract.url()) != null;
            if (hasDocument == hasUrl || (hasUrl && !InformationSystems.isHttpUrl(contract.url().strip()))) {
                violations.add(FieldViolation.of("contract", "contract.required"));
            } else if (hasUrl && !allowedOutbound(contract.url().strip())) {
                violations.add(FieldViolation.of("contract.url", "outbound.address.forbidden"));
            }
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    /**
     * Whether the platform may connect to {@code url} ({@link OutboundPolicy}); why not goes to the server log
     * only — the caller learns that it is refused, never anything the address would have answered.
     */
    private boolean allowedOutbound(String url) {
        try {
            outbound.check(url);
            return true;
        } catch (OutboundPolicy.Refused e) {
            LOG.info(() -> "Outbound address refused for a service: " + url + ": " + e.getMessage());
            return false;
        }
    }

    private List<ServiceDocument> documents(Service service) {
        return em.createNamedQuery(ServiceDocument.OF_SERVICE, ServiceDocument.class)
                .setParameter("service", service).getResultList();
    }

    private ServiceView view(Service s, boolean forManager) {
        List<ServiceView.DocumentInfo> docs = documents(s).stream().map(d -> new ServiceView.DocumentInfo(d.getName(),
                d.getMediaType(), d.isMain(), d.getContent().length, d.getSha256())).toList();
        return view(s, forManager, docs);
    }

    /** The catalog's view of a service; also used by the metadata services. */
    public static ServiceView view(Service s, boolean forManager, List<ServiceView.DocumentInfo> documents) {
        ServiceId id = s.identifier();
        return new ServiceView(id.toString(), id.system().toString(), id.agencyCode(), id.systemCode(),
                id.serviceCode(), id.version(), s.getProtocol(), s.getTitleVi(), s.getTitleEn(), s.getDescription(),
                s.getDataKind(), s.getStatus(),
                s.getNoticeVi() == null ? null : new ServiceView.Notice(s.getNoticeVi(), s.getNoticeEn()),
                forManager ? s.getProviderUrl() : null, s.getTimeoutMs(), s.isLogBodies(),
                new ServiceDraft.Circuit(s.getCircuitFailures(), s.getCircuitOpenSeconds()), s.getContractUrl(),
                s.getOperations().stream().map(o -> new ServiceView.OperationView(o.getOperationCode(), o.getHttpMethod(),
                        o.getPathTemplate(), o.getSummary())).toList(),
                documents, s.getPublishedAt(), s.getUpdatedAt(), s.getVersion());
    }

    /** A violation when an optional number is given and outside [min, max]. */
    private static void outside(Integer value, int min, int max, String field, String key, List<FieldViolation> violations) {
        if (value != null && (value < min || value > max)) {
            violations.add(FieldViolation.of(field, key, min, max));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
