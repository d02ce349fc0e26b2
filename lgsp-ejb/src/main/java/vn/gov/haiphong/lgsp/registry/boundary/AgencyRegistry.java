package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
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
 * in the same transaction. The operator registers agencies that predate the platform (with the decision
 * that issued their codes) and edits any agency's details; an agency admin may update only the contact
 * details (e-mail, phone) of their own agency (token claim {@code agency_code}). Codes are issued and
 * retired by organisational changes ({@link OrganisationalChanges}).
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

    /**
     * Registers an agency that predates the platform (initial load) under the parent its code names; operator
     * only, and only with the decision that issued the code ({@code decisionNumber}, {@code decisionDate}):
     * every other code is issued by an applied organisational change.
     */
    public AgencyView register(Caller caller, AgencyDraft draft) {
        caller.require(Roles.OPERATOR);
        List<FieldViolation> decision = draft == null ? List.of() : decisionViolations(draft);
        AgencyDrafts.Valid valid;
        try {
            valid = drafts.validate(draft, null);
        } catch (LgspException invalid) {
            if (invalid.code() != ErrorCode.VALIDATION_FAILED || decision.isEmpty()) {
                throw invalid;
            }
            List<FieldViolation> all = new ArrayList<>(invalid.violations());
            all.addAll(decision);
            all.sort(Comparator.comparing(FieldViolation::field));
            throw LgspException.invalid(all);
        }
        if (!decision.isEmpty()) {
            throw LgspException.invalid(decision);
        }
        Agency agency = store.create(valid, draft.decisionNumber().strip(), draft.decisionDate());
        AgencyView created = AgencyView.of(agency);
        audit.record(caller, "REGISTER", ENTITY, created.code(), created.code(), null, created);
        return created;
    }

    /**
     * The next code free under a parent (mã định danh kế tiếp): one more than the highest numeric group ever
     * issued under it — retired codes count, they are never reused — with two digits at least. A suggestion:
     * the code is taken only when a change issuing it is applied.
     */
    public String nextCode(String parentCode) {
        Agency parent = store.load(parentCode);
        int next = AgencyCodes.nextGroup(store.childCodes(parent));
        if (next > AgencyCodes.MAX_GROUP) {
            throw new LgspException(ErrorCode.AGENCY_CODES_EXHAUSTED, parent.getCode());
        }
        return AgencyCodes.child(parent.getCode(), AgencyCodes.group(next));
    }

    private static List<FieldViolation> decisionViolations(AgencyDraft draft) {
        List<FieldViolation> v = new ArrayList<>();
        if (draft.decisionNumber() == null || draft.decisionNumber().isBlank()) {
            v.add(FieldViolation.of("decisionNumber", "field.required"));
        }
        if (draft.decisionDate() == null) {
            v.add(FieldViolation.of("decisionDate", "field.required"));
        } else if (draft.decisionDate().isAfter(WorkingCalendar.today())) {
            v.add(FieldViolation.of("decisionDate", "orgchange.decision-date.future"));
        }
        v.sort(Comparator.comparing(FieldViolation::field));
        return v;
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
