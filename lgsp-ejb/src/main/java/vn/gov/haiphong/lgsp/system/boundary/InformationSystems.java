package vn.gov.haiphong.lgsp.system.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * The registry of information systems. An agency admin registers and describes their own agency's
 * systems and declares each one's security level; the authority verifies the level. Until a level is
 * approved a system may not be connected, be given access rights or publish services — {@link
 * #requireEligible} says why, and every view lists the blockers.
 */
@Stateless
public class InformationSystems {

    static final String ENTITY = "system";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    public SystemView register(Caller caller, SystemDraft draft) {
        List<FieldViolation> violations = validate(draft);
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        requireManages(caller, draft.agencyCode());
        Agency agency = agencies.load(draft.agencyCode());
        if (agency.getStatus() == AgencyStatus.RETIRED) {
            throw new LgspException(ErrorCode.AGENCY_RETIRED, agency.getCode());
        }
        if (find(draft.agencyCode(), draft.systemCode()).isPresent()) {
            throw new LgspException(ErrorCode.SYSTEM_EXISTS, draft.agencyCode() + "/" + draft.systemCode());
        }
        InformationSystem system = new InformationSystem(agency, draft.systemCode());
        describe(system, draft);
        em.persist(system);
        agencies.flushOr(ErrorCode.SYSTEM_EXISTS, system.identifier());
        SystemView view = view(system);
        audit.record(caller, "REGISTER", ENTITY, system.identifier(), agency.getCode(), null, view);
        return view;
    }

    public SystemView get(String agencyCode, String systemCode) {
        return view(load(agencyCode, systemCode));
    }

    public Page<SystemView> find(String agencyCode, PageRequest page) {
        String agency = agencyCode == null || agencyCode.isBlank() ? null : AgencyCodes.requireValid(agencyCode);
        List<InformationSystem> systems = em.createNamedQuery(InformationSystem.OF_AGENCY, InformationSystem.class)
                .setParameter("agencyCode", agency)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(InformationSystem.COUNT_OF_AGENCY, Long.class)
                .setParameter("agencyCode", agency).getSingleResult();
        return new Page<>(systems.stream().map(InformationSystems::view).toList(), page.page(), page.size(), total);
    }

    public SystemView declareSecurityLevel(Caller caller, String agencyCode, String systemCode,
                                           SecurityLevelDeclaration declaration) {
        requireManages(caller, agencyCode);
        InformationSystem system = load(agencyCode, systemCode);
        if (declaration == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = FieldViolation.of(validator.validate(declaration));
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        SystemView before = view(system);
        system.declareSecurityLevel(declaration.level().shortValue(), declaration.decisionNumber().strip(),
                declaration.decisionDate(), VietnameseText.clean(declaration.approver()),
                VietnameseText.clean(declaration.documentRef()), declaration.validUntil());
        return changed(caller, "DECLARE_SECURITY_LEVEL", system, before);
    }

    /** The authority verifies the declared level: approved, or refused with a reason. */
    public SystemView reviewSecurityLevel(Caller caller, String agencyCode, String systemCode, boolean approve,
                                          String reason) {
        caller.require(Roles.AUTHORITY);
        InformationSystem system = load(agencyCode, systemCode);
        if (system.getSecurityStatus() != InformationSystem.SecurityStatus.PENDING) {
            throw new LgspException(ErrorCode.SECURITY_LEVEL_NOT_PENDING, system.identifier(), system.getSecurityStatus());
        }
        String why = VietnameseText.clean(reason);
        if (!approve && why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        SystemView before = view(system);
        system.reviewSecurityLevel(approve, caller.name(), approve ? null : why);
        return changed(caller, approve ? "APPROVE_SECURITY_LEVEL" : "REFUSE_SECURITY_LEVEL", system, before);
    }

    /**
     * Tạm dừng kết nối: the operator isolates a system (an incident, a breach of the rules, Quy chế Đ.10);
     * the gateway refuses its calls from the very next one until it is resumed.
     */
    public SystemView suspend(Caller caller, String agencyCode, String systemCode, String reason) {
        caller.require(Roles.OPERATOR);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        InformationSystem system = load(agencyCode, systemCode);
        SystemView before = view(system);
        system.getSuspension().suspend(caller.name(), why);
        SystemView after = changed(caller, "SUSPEND", system, before);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    public SystemView resume(Caller caller, String agencyCode, String systemCode) {
        caller.require(Roles.OPERATOR);
        InformationSystem system = load(agencyCode, systemCode);
        SystemView before = view(system);
        system.getSuspension().lift();
        SystemView after = changed(caller, "RESUME", system, before);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    /** Refuses, saying why, when the system may not be connected, given rights or publish services. */
    public static void requireEligible(InformationSystem system) {
        if (system.getSecurityStatus() != InformationSystem.SecurityStatus.APPROVED) {
            throw new LgspException(ErrorCode.SECURITY_LEVEL_NOT_APPROVED, system.identifier(),
                    system.getSecurityStatus());
        }
    }

    /** Operators manage every agency's systems; an agency admin only their own agency's. */
    public static void requireManages(Caller caller, String agencyCode) {
        boolean own = caller.has(Roles.AGENCY_ADMIN) && agencyCode != null && agencyCode.equals(caller.agencyCode());
        if (!caller.has(Roles.OPERATOR) && !own) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
    }

    /** The system itself, for the capabilities that act on it (connection, rights, services). */
    public InformationSystem load(String agencyCode, String systemCode) {
        AgencyCodes.requireValid(agencyCode);
        return find(agencyCode, systemCode).orElseThrow(
                () -> new LgspException(ErrorCode.SYSTEM_NOT_FOUND, agencyCode + "/" + systemCode));
    }

    private Optional<InformationSystem> find(String agencyCode, String systemCode) {
        return em.createNamedQuery(InformationSystem.FIND, InformationSystem.class)
                .setParameter("agencyCode", agencyCode).setParameter("systemCode", systemCode)
                .getResultStream().findFirst();
    }

    private SystemView changed(Caller caller, String action, InformationSystem system, SystemView before) {
        agencies.flushOr(ErrorCode.CONCURRENT_UPDATE, system.identifier());
        SystemView after = view(system);
        audit.record(caller, action, ENTITY, system.identifier(), system.getAgency().getCode(), before, after);
        return after;
    }

    private List<FieldViolation> validate(SystemDraft draft) {
        if (draft == null) {
            return List.of(FieldViolation.of("body", "field.required"));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.agencyCode() != null && !draft.agencyCode().isBlank()
                && !AgencyCodes.isValid(draft.agencyCode())) {
            violations.add(FieldViolation.of("agencyCode", "agency.code.invalid"));
        }
        if (draft.dataKind() != null && !draft.dataKind().isBlank()
                && Arrays.stream(InformationSystem.DataKind.values()).noneMatch(k -> k.name().equals(draft.dataKind()))) {
            violations.add(FieldViolation.of("dataKind", "system.data-kind.invalid",
                    Arrays.toString(InformationSystem.DataKind.values())));
        }
        List<String> urls = draft.baseUrls() == null ? List.of() : draft.baseUrls();
        for (int i = 0; i < urls.size(); i++) {
            if (!isHttpUrl(urls.get(i))) {
                violations.add(FieldViolation.of("baseUrls[" + i + "]", "system.url.invalid"));
            }
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    /** A complete http or https URL (provider and system addresses). */
    public static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static void describe(InformationSystem system, SystemDraft d) {
        system.describe(VietnameseText.clean(d.name()), VietnameseText.clean(d.purpose()),
                InformationSystem.DataKind.valueOf(d.dataKind()),
                JSON.toJson(d.baseUrls() == null ? List.of() : d.baseUrls()),
                VietnameseText.clean(d.contactName()), VietnameseText.clean(d.contactEmail()), d.contactPhone());
    }

    @SuppressWarnings("unchecked")
    static SystemView view(InformationSystem s) {
        List<String> blockers = s.getSecurityStatus() == InformationSystem.SecurityStatus.APPROVED
                ? List.of() : List.of(ErrorCode.SECURITY_LEVEL_NOT_APPROVED.slug());
        List<String> urls = JSON.fromJson(s.getBaseUrls(), List.class);
        return new SystemView(s.identifier(), s.getAgency().getCode(), s.getSystemCode(), s.getName(), s.getPurpose(),
                s.getDataKind(), urls, s.getContactName(), s.getContactEmail(), s.getContactPhone(),
                s.getSecurityLevel() == null ? null : s.getSecurityLevel().intValue(), s.getSecurityStatus(),
                s.getSecurityDecisionNumber(), s.getSecurityDecisionDate(), s.getSecurityValidUntil(), s.getSecurityApprover(),
                s.getSecurityDocumentRef(), s.getSecurityRefusalReason(), s.getConnectionStatus(), s.getClientId(),
                s.getSuspension().getSuspendedAt(), s.getSuspension().getReason(), blockers, s.getVersion());
    }
}
