package vn.gov.haiphong.lgsp.conversion.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.catalog.boundary.ContractFile;
import vn.gov.haiphong.lgsp.catalog.boundary.ServiceCatalog;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.catalog.entity.ServiceDocument;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Hashes;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.ServiceId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.conversion.control.ConversionException;
import vn.gov.haiphong.lgsp.conversion.control.ConversionPlan;
import vn.gov.haiphong.lgsp.conversion.entity.ConversionStyle;
import vn.gov.haiphong.lgsp.conversion.entity.ServiceConversion;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;

/**
 * Chuyển đổi giao thức (Thông tư 13/2017 Đ.17): the provider's agency admin or the operator declares that a service is
 * also published in the other protocol — checked against the stored contract, which must convert — and consumers
 * download the generated contract. Every change is audited and announced to the gateway's caches on every node.
 */
@Stateless
public class ServiceConversions {

    static final String ENTITY = "service-conversion";
    static final String NONE = "NONE";

    @PersistenceContext
    EntityManager em;

    @EJB
    ServiceCatalog catalog;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    @Inject
    XRoadInstance xroad;

    Clock clock = Clock.systemUTC();

    public ConversionView declare(Caller caller, ServiceId id, ConversionDraft draft) {
        InformationSystems.requireManages(caller, id.agencyCode());
        Service service = catalog.load(id);
        String wanted = draft == null || draft.style() == null ? "" : draft.style().strip();
        ServiceConversion current = em.find(ServiceConversion.class, service.getId());
        ConversionView before = view(service, current);
        if (NONE.equals(wanted)) {
            if (current != null) {
                em.remove(current);
            }
            return changed(caller, service, before, view(service, null));
        }
        ConversionStyle style = parse(wanted, service);
        plan(service, style); // refused here, not at the first call, when the contract does not convert
        if (current == null) {
            current = new ServiceConversion(service.getId(), style, caller.name(), clock.instant());
            em.persist(current);
        } else {
            current.declare(style, caller.name(), clock.instant());
        }
        return changed(caller, service, before, view(service, current));
    }

    /** The declared conversion (style NONE when there is none); drafts are seen only by those who manage them. */
    public ConversionView get(Caller caller, ServiceId id) {
        catalog.get(caller, id);
        Service service = catalog.load(id);
        return view(service, em.find(ServiceConversion.class, service.getId()));
    }

    /** The generated contract of a converted service: its WSDL (REST_AS_SOAP) or OpenAPI document (SOAP_AS_REST). */
    public ContractFile contract(Caller caller, ServiceId id) {
        String title = catalog.get(caller, id).titleVi();
        Service service = catalog.load(id);
        ServiceConversion conversion = em.find(ServiceConversion.class, service.getId());
        if (conversion == null) {
            throw new LgspException(ErrorCode.RESOURCE_NOT_FOUND);
        }
        ConversionPlan plan = plan(service, conversion.getStyle());
        byte[] content = plan.contract(title, xroad.name(id.system()));
        String name = id.serviceCode() + (conversion.getStyle() == ConversionStyle.REST_AS_SOAP ? ".wsdl" : ".openapi.json");
        return new ContractFile(name, plan.mediaType(), content, Hashes.sha256Hex(content));
    }

    /** The gateway's plan for a service by its database id; empty when it declares no conversion. */
    public Optional<ConversionPlan> plan(long serviceId) {
        ServiceConversion conversion = em.find(ServiceConversion.class, serviceId);
        if (conversion == null) {
            return Optional.empty();
        }
        return Optional.of(plan(em.find(Service.class, serviceId), conversion.getStyle()));
    }

    private ConversionPlan plan(Service service, ConversionStyle style) {
        List<ServiceDocument> documents = em.createNamedQuery(ServiceDocument.OF_SERVICE, ServiceDocument.class)
                .setParameter("service", service).getResultList();
        ServiceDocument main = documents.stream().filter(ServiceDocument::isMain).findFirst()
                .orElseThrow(() -> new LgspException(ErrorCode.RESOURCE_NOT_FOUND));
        Map<String, byte[]> schemas = documents.stream().filter(d -> !d.isMain())
                .collect(Collectors.toMap(ServiceDocument::getName, ServiceDocument::getContent));
        try {
            return ConversionPlan.of(style, service.identifier(), main.getContent(), schemas);
        } catch (ConversionException e) {
            throw LgspException.invalid(List.of(FieldViolation.of("style", "conversion.contract.unconvertible",
                    e.getMessage())));
        }
    }

    private static ConversionStyle parse(String wanted, Service service) {
        for (ConversionStyle style : ConversionStyle.values()) {
            if (style.name().equals(wanted) && style.provider() == service.getProtocol()) {
                return style;
            }
        }
        throw LgspException.invalid(List.of(FieldViolation.of("style", "conversion.style.invalid", service.getProtocol())));
    }

    private ConversionView changed(Caller caller, Service service, ConversionView before, ConversionView after) {
        em.flush();
        audit.record(caller, "DECLARE_CONVERSION", ENTITY, service.identifier().toString(),
                service.getSystem().getAgency().getCode(), before, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    private ConversionView view(Service service, ServiceConversion conversion) {
        String id = service.identifier().toString();
        if (conversion == null) {
            return new ConversionView(id, NONE, List.of(), null, null, null);
        }
        List<String> mapping;
        try {
            mapping = plan(service, conversion.getStyle()).mapping();
        } catch (LgspException unconvertible) {
            mapping = List.of();
        }
        return new ConversionView(id, conversion.getStyle().name(), mapping,
                "/api/v1/services/" + id + "/converted-contract", conversion.getDeclaredBy(), conversion.getDeclaredAt());
    }
}
