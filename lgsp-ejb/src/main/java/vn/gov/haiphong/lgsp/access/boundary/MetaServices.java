package vn.gov.haiphong.lgsp.access.boundary;

import vn.gov.haiphong.lgsp.common.id.ServiceProtocol;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.access.control.AccessPolicy;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ConsumerEntry;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.Grant;
import vn.gov.haiphong.lgsp.access.control.PolicyEntries.ServiceEntry;
import vn.gov.haiphong.lgsp.catalog.boundary.ContractFile;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceView;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.conversion.boundary.ServiceConversions;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlans;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.federation.control.PeerMembers;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The X-Road metadata services, answered from the caller's point of view: {@code listClients} (who is
 * connected), {@code listMethods} (what a provider publishes), {@code allowedMethods} (what <em>I</em>
 * may call of it now — from the same {@link AccessPolicy} the gateway decides with), {@code getOpenAPI}
 * and {@code getWsdl} (a service's contract as published).
 */
@Stateless
public class MetaServices {

    @PersistenceContext
    EntityManager em;

    @EJB
    AccessPolicy policy;

    @EJB
    ServiceCatalog catalog;

    @EJB
    InformationSystems systems;

    @Inject
    PeerMembers members;

    @Inject
    ConversionPlans plans;

    @EJB
    ServiceConversions conversions;

    /** A connected system. */
    public record ClientInfo(String id, String agencyCode, String systemCode, String name, String agencyName) {
    }

    public List<ClientInfo> listClients() {
        return em.createNamedQuery(InformationSystem.OF_AGENCY, InformationSystem.class).setParameter("agencyCode", null)
                .getResultList().stream()
                .filter(s -> s.getConnectionStatus() == InformationSystem.ConnectionStatus.CONNECTED)
                .map(s -> new ClientInfo(s.identifier(), s.getAgency().getCode(), s.getSystemCode(), s.getName(),
                        s.getAgency().getName()))
                .toList();
    }

    /** The provider's published and disabled services with all their operations. */
    public List<ServiceView> listMethods(SystemId provider) {
        return catalog.ofProvider(system(provider), Set.of(Service.Status.PUBLISHED, Service.Status.DISABLED))
                .stream().map(s -> ServiceCatalog.view(s, false, List.of())).toList();
    }

    /**
     * What the consumer may call of the provider's services now: only the operations it has rights to
     * (all of them for a service-wide right). A system asks for itself; an officer names the system
     * ({@code client}) — an agency admin only one of their own agency's.
     */
    public List<ServiceView> allowedMethods(Caller caller, SystemId provider, String client) {
        if (PeerMembers.isPeer(caller)) {
            return allowedToPeerMember(caller, provider, client);
        }
        SystemId consumer = consumerFor(caller, client);
        Optional<ConsumerEntry> entry = policy.consumer(consumer);
        if (entry.isEmpty() || !entry.get().connected()) {
            return List.of();
        }
        Instant now = Instant.now();
        Map<Long, List<Grant>> byService = policy.liveGrants(consumer, now).stream()
                .collect(Collectors.groupingBy(Grant::serviceId));
        return catalog.ofProvider(system(provider), Set.of(Service.Status.PUBLISHED, Service.Status.DISABLED)).stream()
                .filter(s -> byService.containsKey(s.getId()))
                .map(s -> {
                    ServiceView all = ServiceCatalog.view(s, false, List.of());
                    List<Grant> grants = byService.get(s.getId());
                    if (grants.stream().anyMatch(g -> g.operationId() == null)) {
                        return all;
                    }
                    Set<String> allowed = s.getOperations().stream()
                            .filter(o -> grants.stream().anyMatch(g -> o.getId().equals(g.operationId())))
                            .map(o -> o.getOperationCode()).collect(Collectors.toSet());
                    return withOperations(all, all.operations().stream().filter(o -> allowed.contains(o.code())).toList());
                })
                .toList();
    }

    /**
     * What a national peer's member ({@code client}: {@code NDXP/GOV/BCA/csdl-dan-cu}, of the calling peer's own
     * instance) may call of the provider's services now: the services its inbound rights name, every operation.
     */
    private List<ServiceView> allowedToPeerMember(Caller caller, SystemId provider, String client) {
        String member = members.member(caller, client).orElseThrow(() -> LgspException.invalid(
                List.of(FieldViolation.of("client", "access.system.invalid"))));
        if (!members.linkEnabled(member)) {
            return List.of();
        }
        Instant now = Instant.now();
        return catalog.ofProvider(system(provider), Set.of(Service.Status.PUBLISHED, Service.Status.DISABLED)).stream()
                .filter(s -> members.mayCall(member, new ServiceId(provider, s.getServiceCode(), null), now))
                .map(s -> ServiceCatalog.view(s, false, List.of()))
                .toList();
    }

    /** The OpenAPI document of a REST service (the last published version when none is given). */
    public ContractFile getOpenApi(Caller caller, SystemId provider, String serviceCode, String version) {
        return contract(caller, provider, serviceCode, version, ServiceProtocol.REST);
    }

    /**
     * The WSDL of a SOAP service (the last published version when none is given), with the schemas it imports
     * inlined: one document a client stack reads without fetching anything else.
     */
    public ContractFile getWsdl(Caller caller, SystemId provider, String serviceCode, String version) {
        return contract(caller, provider, serviceCode, version, ServiceProtocol.SOAP);
    }

    /**
     * Of {@code services}, those a caller reaches in {@code protocol}: the services that speak it, and those a declared
     * conversion publishes in it (a REST service published as SOAP is a SOAP service to a SOAP caller).
     */
    public List<ServiceView> callableIn(ServiceProtocol protocol, List<ServiceView> services) {
        return services.stream().filter(s -> s.protocol() == protocol || policy.service(new ServiceId(s.agencyCode(),
                        s.systemCode(), s.serviceCode(), s.version())).filter(e -> publishedIn(e, protocol)).isPresent())
                .toList();
    }

    /**
     * The contract a caller in {@code protocol} uses: the service's own when it speaks that protocol, the generated one
     * when a conversion publishes it in that protocol.
     */
    private ContractFile contract(Caller caller, SystemId provider, String serviceCode, String version,
                                  ServiceProtocol protocol) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw LgspException.invalid(List.of(FieldViolation.of("serviceCode", "field.required")));
        }
        ServiceId wanted = new ServiceId(provider, serviceCode.strip(), version == null || version.isBlank() ? null
                : version.strip());
        ServiceEntry service = policy.service(wanted).filter(s -> s.protocol() == protocol || publishedIn(s, protocol))
                .orElseThrow(() -> new LgspException(ErrorCode.SERVICE_NOT_FOUND, wanted.system() + "/" + serviceCode));
        return service.protocol() == protocol ? catalog.wholeContract(caller, service.serviceId())
                : conversions.contract(caller, service.serviceId());
    }

    private boolean publishedIn(ServiceEntry service, ServiceProtocol protocol) {
        return service.protocol() != protocol
                && plans.of(service.id()).filter(p -> p.style().published() == protocol).isPresent();
    }

    private SystemId consumerFor(Caller caller, String client) {
        if (client == null || client.isBlank()) {
            return SystemId.parse(caller.clientId()).filter(id -> caller.has(Roles.SYSTEM))
                    .orElseThrow(() -> LgspException.invalid(List.of(FieldViolation.of("client", "field.required"))));
        }
        SystemId named = SystemId.parse(client).orElseThrow(() -> LgspException.invalid(
                List.of(FieldViolation.of("client", "access.system.invalid"))));
        boolean own = caller.has(Roles.AGENCY_ADMIN) && named.agencyCode().equals(caller.agencyCode());
        boolean self = caller.has(Roles.SYSTEM) && named.toString().equals(caller.clientId());
        if (!caller.seesEveryAgency() && !own && !self) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        return named;
    }

    private InformationSystem system(SystemId id) {
        return systems.load(id.agencyCode(), id.systemCode());
    }

    private static ServiceView withOperations(ServiceView v, List<ServiceView.OperationView> operations) {
        return new ServiceView(v.id(), v.provider(), v.agencyCode(), v.systemCode(), v.serviceCode(), v.version(),
                v.protocol(), v.titleVi(), v.titleEn(), v.description(), v.dataKind(), v.status(), v.notice(),
                v.providerUrl(), v.timeoutMs(), v.logBodies(), v.circuit(), v.contractUrl(), operations, v.documents(),
                v.publishedAt(), v.updatedAt(), v.revision());
    }
}
