package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.control.AgencyDrafts;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * The agency registry (đăng ký cơ quan, đơn vị): the only entry for reading and changing agencies.
 * Every write validates the whole draft first and changes nothing when any field is wrong, decides
 * here — not only at the edge — whether the caller may make it, and records it in the admin audit
 * in the same transaction. The operator registers and edits any agency; an agency admin may update
 * only the contact details (e-mail, phone) of their own agency (token claim {@code agency_code}).
 */
@Stateless
public class AgencyRegistry {

    /** Matches no row: a listing under an unknown parent is empty. */
    private static final long NO_AGENCY = -1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyDrafts drafts;

    @EJB
    AgencyStore store;

    @EJB
    AdminAuditLog audit;

    static final String ENTITY = "agency";

    /** One agency, with its former names and, when retired, where its duties went. */
    public AgencyView get(String code) {
        Agency agency = store.load(code);
        List<String> formerNames = store.formerNames(agency);
        return agency.getStatus() == AgencyStatus.RETIRED
                ? AgencyView.of(agency, store.directSuccessors(agency), store.currentSuccessors(code), formerNames)
                : AgencyView.of(agency, null, null, formerNames.isEmpty() ? null : formerNames);
    }

    /**
     * Where a code stands today (mã định danh đã thu hồi vẫn tra cứu được): its status, the agencies
     * that took over directly, and the active agencies at the end of the chain (itself when active).
     */
    public AgencyResolution resolve(String code) {
        Agency agency = store.load(code);
        return new AgencyResolution(agency.getCode(), agency.getStatus(), store.directSuccessors(agency),
                store.currentSuccessors(code));
    }

    /** Whether a code has been issued (in any status); answers without raising for unknown codes. */
    public boolean isRegistered(String code) {
        return AgencyCodes.isValid(code) && store.find(code).isPresent();
    }

    public Page<AgencyView> find(AgencyQuery query, PageRequest page) {
        Long parentId = query.parentCode() == null || query.parentCode().isBlank()
                ? null : store.find(AgencyCodes.requireValid(query.parentCode())).map(Agency::getId).orElse(NO_AGENCY);
        AgencyStatus status = query.status() == null || query.status().isBlank()
                ? null : AgencyDrafts.parseEnum(AgencyStatus.class, query.status(), "status", "agency.status.invalid");
        String text = VietnameseText.clean(query.text());
        String pattern = text == null ? null : VietnameseText.containsWordsPattern(text);
        List<Agency> items = em.createNamedQuery(Agency.SEARCH, Agency.class)
                .setParameter("parentId", parentId)
                .setParameter("status", status)
                .setParameter("pattern", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(Agency.COUNT, Long.class)
                .setParameter("parentId", parentId)
                .setParameter("status", status)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(items.stream().map(AgencyView::of).toList(), page.page(), page.size(), total);
    }

    /** Registers a new agency under the parent its code names; operator only. */
    public AgencyView register(Caller caller, AgencyDraft draft) {
        caller.require(Roles.OPERATOR);
        AgencyView created = AgencyView.of(store.create(drafts.validate(draft, null)));
        audit.record(caller, "REGISTER", ENTITY, created.code(), created.code(), null, created);
        return created;
    }

    /**
     * Replaces the descriptive fields of an agency. The code is permanent (a new one is issued on
     * organisational change), so a body naming another code is refused.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to skip the check
     */
    public AgencyView update(Caller caller, String code, AgencyDraft draft, Integer expectedVersion) {
        boolean ownAgency = caller.has(Roles.AGENCY_ADMIN) && code != null && code.equals(caller.agencyCode());
        if (!caller.has(Roles.OPERATOR) && !ownAgency) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        Agency agency = store.load(code);
        if (agency.getStatus() == AgencyStatus.RETIRED) {
            throw new LgspException(ErrorCode.AGENCY_RETIRED, code);
        }
        AgencyDrafts.Valid valid = drafts.validate(draft, code);
        AgencyView before = AgencyView.of(agency);
        if (!caller.has(Roles.OPERATOR) && !valid.keepsOfficialDetailsOf(before)) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        if (expectedVersion != null && expectedVersion != agency.getVersion()) {
            throw new LgspException(ErrorCode.CONCURRENT_UPDATE, code);
        }
        valid.applyTo(agency);
        store.flushOr(ErrorCode.CONCURRENT_UPDATE, code);
        AgencyView after = AgencyView.of(agency);
        if (after.version() != before.version()) {
            audit.record(caller, "UPDATE", ENTITY, code, code, before, after);
        }
        return after;
    }
}
