package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.audit.control.RequestHistory;
import vn.gov.haiphong.lgsp.calendar.boundary.WorkingCalendar;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.Language;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.error.Messages;
import vn.gov.haiphong.lgsp.common.error.Phrase;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.HostileText;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.notification.control.Notices;
import vn.gov.haiphong.lgsp.registry.control.AgencyCodes;
import vn.gov.haiphong.lgsp.registry.control.AgencyDrafts;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;
import vn.gov.haiphong.lgsp.registry.entity.OrgChange;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeKind;
import vn.gov.haiphong.lgsp.registry.entity.OrgChangeStatus;

/**
 * Organisational changes (Quy chế Đ.8.3, Đ.12.3), decided by those the regulation names: the agency's admin
 * files the change of their own agency, the operator checks it (or returns it), the authority submits it to the
 * Chairman of the City People's Committee and, approving, records the Chairman's decision (number, date). Codes
 * change only when the change is applied: at approval when its effective date has come, otherwise on that date
 * by {@link OrgChangeJob}. The change is checked whole against the registry at every step — it may have changed
 * in between — and applying does everything in one transaction: new codes issued under the decision, predecessors
 * retired, lineage and former names recorded, all audited.
 */
@Stateless
public class OrganisationalChanges {

    static final String ENTITY = "org-change";
    /** Who makes the decision (Quy chế Đ.8.3): recorded with every approved change. */
    static final String DECISION_MAKER = "Chủ tịch UBND thành phố";
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @EJB
    AgencyStore store;

    @Inject
    AgencyDrafts drafts;

    @EJB
    AdminAuditLog audit;

    @EJB
    Notices notices;

    /** The steps, each with its history action, the phrase naming it in a refusal and the role that takes it. */
    enum Step {
        FILE("FILE", Roles.AGENCY_ADMIN), CHECK("CHECK", Roles.OPERATOR), RETURN("RETURN", Roles.OPERATOR),
        SUBMIT("SUBMIT", Roles.AUTHORITY), APPROVE("APPROVE", Roles.AUTHORITY), REFUSE("REFUSE", Roles.AUTHORITY),
        WITHDRAW("WITHDRAW", Roles.AGENCY_ADMIN);

        final String action;
        final String role;

        Step(String action, String role) {
            this.action = action;
            this.role = role;
        }

        Phrase phrase() {
            return Phrase.of("step.org." + name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * An agency's admin files a change of their own agency: every predecessor is the agency or one of its units
     * (a code under its own).
     */
    public OrgChangeView file(Caller caller, OrgChangeProposal proposal) {
        String own = caller.has(Roles.AGENCY_ADMIN) ? caller.agencyCode() : null;
        boolean ownAgency = own != null && proposal != null && proposal.predecessors() != null
                && !proposal.predecessors().isEmpty() && proposal.predecessors().stream()
                .allMatch(code -> own.equals(code) || (code != null && code.startsWith(own + ".")));
        if (!ownAgency) {
            throw new LgspException(ErrorCode.DECISION_RESERVED, Phrase.of("who.changed-agency-admin"),
                    Step.FILE.phrase(), Phrase.of("state.org.new"));
        }
        List<FieldViolation> hostile = new ArrayList<>();
        HostileText.check("note", proposal.note(), hostile);
        if (!hostile.isEmpty()) {
            throw LgspException.invalid(hostile);
        }
        Plan plan = check(proposal.kind(), proposal.effectiveDate(), proposal.details());
        OrgChange change = new OrgChange(plan.kind(), proposal.effectiveDate(), JSON.toJson(proposal.details()),
                caller.name(), caller.agencyCode(),
                RequestHistory.append("[]", caller, Step.FILE.action, VietnameseText.clean(proposal.note())));
        em.persist(change);
        em.flush();
        OrgChangeView view = view(change);
        audit.record(caller, Step.FILE.action, ENTITY, String.valueOf(change.getId()), change.getAgencyCode(), null, view);
        return view;
    }

    /** The operator has checked the request against the registry and the rules. */
    public OrgChangeView check(Caller caller, long id, String note) {
        OrgChange change = step(caller, id, Step.CHECK, OrgChangeStatus.FILED);
        recheck(change);
        return move(caller, change, Step.CHECK, OrgChangeStatus.CHECKED, VietnameseText.clean(note));
    }

    /** The operator gives the request back to the agency, saying what is wrong. */
    public OrgChangeView giveBack(Caller caller, long id, String reason) {
        OrgChange change = step(caller, id, Step.RETURN, OrgChangeStatus.FILED);
        return move(caller, change, Step.RETURN, OrgChangeStatus.RETURNED, requireReason(reason));
    }

    /** The authority submits the checked request to the Chairman of the City People's Committee. */
    public OrgChangeView submit(Caller caller, long id, String note) {
        OrgChange change = step(caller, id, Step.SUBMIT, OrgChangeStatus.CHECKED);
        return move(caller, change, Step.SUBMIT, OrgChangeStatus.SUBMITTED, VietnameseText.clean(note));
    }

    /**
     * The authority records the Chairman's decision. The change is applied now when its effective date has come
     * (Asia/Ho_Chi_Minh), else on that date by the scheduled job.
     */
    public OrgChangeView approve(Caller caller, long id, OrgChangeDecision decision) {
        OrgChange change = step(caller, id, Step.APPROVE, OrgChangeStatus.SUBMITTED);
        List<FieldViolation> v = new ArrayList<>();
        if (decision == null || decision.decisionNumber() == null || decision.decisionNumber().isBlank()) {
            v.add(FieldViolation.of("decisionNumber", "field.required"));
        } else if (decision.decisionNumber().strip().length() > 64) {
            v.add(FieldViolation.of("decisionNumber", "field.too-long", 64));
        } else {
            HostileText.check("decisionNumber", decision.decisionNumber(), v);
        }
        LocalDate today = WorkingCalendar.today();
        if (decision == null || decision.decisionDate() == null) {
            v.add(FieldViolation.of("decisionDate", "field.required"));
        } else if (decision.decisionDate().isAfter(today)) {
            v.add(FieldViolation.of("decisionDate", "orgchange.decision-date.future"));
        }
        if (!v.isEmpty()) {
            throw LgspException.invalid(v);
        }
        Plan plan = recheck(change);
        OrgChangeView before = view(change);
        LocalDate effective = decision.effectiveDate() == null ? change.getEffectiveDate() : decision.effectiveDate();
        change.approve(decision.decisionNumber().strip(), decision.decisionDate(), DECISION_MAKER, effective,
                caller.name(), RequestHistory.append(change.getHistory(), caller, Step.APPROVE.action,
                        VietnameseText.clean(decision.note())));
        store.flushOr(ErrorCode.CONCURRENT_UPDATE, id);
        audit.record(caller, Step.APPROVE.action, ENTITY, String.valueOf(id), change.getAgencyCode(), before, view(change));
        List<String> concerned = new ArrayList<>(plan.predecessors().stream().map(Agency::getCode).toList());
        plan.successors().forEach(s -> concerned.add(s.code()));
        notices.tellAgencies("ORG_CHANGE_APPROVED", "org-change/" + id, concerned, false, id, change.getKind(),
                change.getDecisionNumber(), effective, String.join(", ", concerned));
        if (!effective.isAfter(today)) {
            apply(caller, change, plan);
        }
        return view(change);
    }

    public OrgChangeView refuse(Caller caller, long id, String reason) {
        OrgChange change = step(caller, id, Step.REFUSE, OrgChangeStatus.CHECKED, OrgChangeStatus.SUBMITTED);
        return move(caller, change, Step.REFUSE, OrgChangeStatus.REFUSED, requireReason(reason));
    }

    /** The filing agency takes its request back before the authority has submitted it. */
    public OrgChangeView withdraw(Caller caller, long id) {
        OrgChange change = find(caller, id);
        if (!caller.has(Roles.AGENCY_ADMIN) || !Objects.equals(caller.agencyCode(), change.getAgencyCode())) {
            throw reserved(change, Phrase.of("who.filing-admin", change.getAgencyCode()), Step.WITHDRAW);
        }
        requireState(change, Step.WITHDRAW, OrgChangeStatus.FILED, OrgChangeStatus.CHECKED);
        return move(caller, change, Step.WITHDRAW, OrgChangeStatus.WITHDRAWN, null);
    }

    /**
     * Applies one approved change whose date has come, in its own transaction, as the platform; the scheduled
     * job's step. A change no longer possible (the registry moved on) rolls back and is left for the operator.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrgChangeView applyDue(Caller platform, long id) {
        OrgChange change = em.find(OrgChange.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (change == null || change.getStatus() != OrgChangeStatus.APPROVED) {
            return change == null ? null : view(change);
        }
        apply(platform, change, recheck(change));
        return view(change);
    }

    /** Records why a change could not be applied on its date, in both languages, for the operator. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordApplyFailure(long id, LgspException why) {
        OrgChange change = em.find(OrgChange.class, id);
        if (change != null && change.getStatus() == OrgChangeStatus.APPROVED) {
            change.applyFailed(Messages.text(Language.VI, "orgchange.apply.failed", List.of(describe(Language.VI, why)))
                    + " / " + Messages.text(Language.EN, "orgchange.apply.failed", List.of(describe(Language.EN, why))));
        }
    }

    /** Approved changes whose effective date is on or before {@code today}. */
    public List<Long> due(LocalDate today) {
        return em.createNamedQuery(OrgChange.DUE, Long.class).setParameter("today", today).setMaxResults(100)
                .getResultList();
    }

    public OrgChangeView get(Caller caller, long id) {
        return view(find(caller, id));
    }

    /** Newest first; an agency admin sees their agency's. */
    public Page<OrgChangeView> find(Caller caller, String status, PageRequest page) {
        String agency = caller.seesEveryAgency() ? null : caller.agencyCode();
        if (agency == null && !caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        OrgChangeStatus wanted = status == null || status.isBlank()
                ? null : AgencyDrafts.parseEnum(OrgChangeStatus.class, status, "status", "orgchange.status.invalid");
        List<OrgChange> changes = em.createNamedQuery(OrgChange.BY_STATUS, OrgChange.class)
                .setParameter("status", wanted).setParameter("agency", agency)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(OrgChange.COUNT_BY_STATUS, Long.class)
                .setParameter("status", wanted).setParameter("agency", agency).getSingleResult();
        return new Page<>(changes.stream().map(OrganisationalChanges::view).toList(), page.page(), page.size(), total);
    }

    /** The change, if the caller may see it: city-wide roles and the auditor all, an agency admin their agency's. */
    private OrgChange find(Caller caller, long id) {
        OrgChange change = em.find(OrgChange.class, id);
        boolean sees = change != null && (caller.seesEveryAgency()
                || (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null
                && caller.agencyCode().equals(change.getAgencyCode())));
        if (!sees) {
            throw new LgspException(ErrorCode.ORG_CHANGE_NOT_FOUND, id);
        }
        return change;
    }

    /** The change, when the caller holds the step's role and the change is in one of the states it takes. */
    private OrgChange step(Caller caller, long id, Step step, OrgChangeStatus... from) {
        OrgChange change = find(caller, id);
        if (!caller.has(step.role)) {
            throw reserved(change, Phrase.of(step.role.equals(Roles.OPERATOR) ? "who.operator" : "who.authority"), step);
        }
        requireState(change, step, from);
        return change;
    }

    private static LgspException reserved(OrgChange change, Phrase who, Step step) {
        return new LgspException(ErrorCode.DECISION_RESERVED, who, step.phrase(), state(change));
    }

    private static Phrase state(OrgChange change) {
        return Phrase.of("state.org." + change.getStatus().name(), String.valueOf(change.getId()),
                change.getEffectiveDate().toString());
    }

    private static void requireState(OrgChange change, Step step, OrgChangeStatus... allowed) {
        if (!List.of(allowed).contains(change.getStatus())) {
            throw new LgspException(ErrorCode.ORG_CHANGE_STATE, state(change), step.action);
        }
    }

    private static String requireReason(String reason) {
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        return why;
    }

    private OrgChangeView move(Caller caller, OrgChange change, Step step, OrgChangeStatus next, String note) {
        OrgChangeView before = view(change);
        change.moveTo(next, caller.name(), RequestHistory.append(change.getHistory(), caller, step.action, note), note);
        store.flushOr(ErrorCode.CONCURRENT_UPDATE, change.getId());
        OrgChangeView after = view(change);
        audit.record(caller, step.action, ENTITY, String.valueOf(change.getId()), change.getAgencyCode(), before, after);
        return after;
    }

    private Plan recheck(OrgChange change) {
        return check(change.getKind().name(), change.getEffectiveDate(),
                JSON.fromJson(change.getDetails(), OrgChangeProposal.Details.class));
    }

    private static String describe(Language language, LgspException e) {
        String detail = Messages.detail(language, e);
        if (e.violations().isEmpty()) {
            return detail;
        }
        return detail + " " + String.join("; ", e.violations().stream()
                .map(v -> v.field() + ": " + Messages.violation(language, v)).toList());
    }

    /** What approval will do, once every rule holds against the registry as it is now. */
    private record Plan(OrgChangeKind kind, List<Agency> predecessors, List<AgencyDrafts.Valid> successors,
                        Agency dutiesTo, String newName, String newShortName) {
    }

    private Plan check(String kindText, LocalDate effectiveDate, OrgChangeProposal.Details d) {
        List<FieldViolation> v = new ArrayList<>();
        OrgChangeKind kind = AgencyDrafts.parseOptional(OrgChangeKind.class, kindText, "kind", "orgchange.kind.invalid", v);
        if (kindText == null || kindText.isBlank()) {
            v.add(FieldViolation.of("kind", "field.required"));
        }
        if (effectiveDate == null) {
            v.add(FieldViolation.of("effectiveDate", "field.required"));
        }
        HostileText.check("newName", d.newName(), v);
        HostileText.check("newShortName", d.newShortName(), v);
        List<Agency> predecessors = predecessors(d.predecessors(), kind, v);
        List<AgencyDrafts.Valid> successors = successors(d.successors(), kind, predecessors, v);
        Agency dutiesTo = null;
        if (kind == OrgChangeKind.RENAME && VietnameseText.clean(d.newName()) == null) {
            v.add(FieldViolation.of("newName", "field.required"));
        }
        if (kind == OrgChangeKind.DISSOLVE && d.dutiesTo() != null && !d.dutiesTo().isBlank()) {
            dutiesTo = activeAgency(d.dutiesTo(), "dutiesTo", v);
            if (dutiesTo != null && predecessors.contains(dutiesTo)) {
                v.add(FieldViolation.of("dutiesTo", "orgchange.duties-to.self"));
            }
        }
        if (!v.isEmpty()) {
            throw LgspException.invalid(v);
        }
        return new Plan(kind, predecessors, successors, dutiesTo, VietnameseText.clean(d.newName()),
                VietnameseText.clean(d.newShortName()));
    }

    private List<Agency> predecessors(List<String> codes, OrgChangeKind kind, List<FieldViolation> v) {
        int min = kind == OrgChangeKind.MERGE ? 2 : 1;
        int max = kind == OrgChangeKind.MERGE ? Integer.MAX_VALUE : 1;
        if (kind != null && (codes.size() < min || codes.size() > max)) {
            v.add(FieldViolation.of("predecessors", kind == OrgChangeKind.MERGE
                    ? "orgchange.predecessors.at-least-two" : "orgchange.predecessors.exactly-one"));
        }
        List<Agency> agencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "predecessors[" + i + "]";
            if (!seen.add(codes.get(i))) {
                v.add(FieldViolation.of(field, "orgchange.duplicate", codes.get(i)));
                continue;
            }
            Agency agency = activeAgency(codes.get(i), field, v);
            if (agency != null) {
                agencies.add(agency);
                long units = store.activeChildren(agency);
                if (kind != OrgChangeKind.RENAME && units > 0) {
                    v.add(FieldViolation.of(field, "orgchange.has-units", agency.getCode(), units));
                }
            }
        }
        return agencies;
    }

    private List<AgencyDrafts.Valid> successors(List<AgencyDraft> list, OrgChangeKind kind, List<Agency> predecessors,
                                                List<FieldViolation> v) {
        boolean none = kind == OrgChangeKind.RENAME || kind == OrgChangeKind.DISSOLVE;
        int min = kind == OrgChangeKind.SPLIT ? 2 : none ? 0 : 1;
        int max = kind == OrgChangeKind.SPLIT ? Integer.MAX_VALUE : none ? 0 : 1;
        if (kind != null && (list.size() < min || list.size() > max)) {
            v.add(FieldViolation.of("successors", none ? "orgchange.successors.none"
                    : kind == OrgChangeKind.SPLIT ? "orgchange.successors.at-least-two" : "orgchange.successors.exactly-one"));
        }
        List<AgencyDrafts.Valid> valid = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "successors[" + i + "].";
            try {
                AgencyDrafts.Valid draft = drafts.validate(list.get(i), null);
                if (!codes.add(draft.code()) || store.find(draft.code()).isPresent()) {
                    v.add(FieldViolation.of(prefix + "code", "orgchange.successor.code-issued", draft.code()));
                    continue;
                }
                String parentCode = AgencyCodes.parentOf(draft.code()).orElse(null);
                if (parentCode != null && predecessors.stream().anyMatch(a -> parentCode.equals(a.getCode())
                        || parentCode.startsWith(a.getCode() + "."))) {
                    v.add(FieldViolation.of(prefix + "code", "orgchange.successor.cycle", draft.code()));
                    continue;
                }
                if (parentCode != null && store.find(parentCode)
                        .filter(a -> a.getStatus() != AgencyStatus.RETIRED).isEmpty()) {
                    v.add(FieldViolation.of(prefix + "code", "orgchange.successor.parent", parentCode));
                    continue;
                }
                if (kind == OrgChangeKind.REPARENT && !predecessors.isEmpty()
                        && Optional.ofNullable(predecessors.get(0).getParent()).map(Agency::getCode).orElse("")
                        .equals(parentCode == null ? "" : parentCode)) {
                    v.add(FieldViolation.of(prefix + "code", "orgchange.reparent.same-parent", parentCode));
                    continue;
                }
                valid.add(draft);
            } catch (LgspException invalid) {
                invalid.violations().forEach(x -> v.add(new FieldViolation(prefix + x.field(), x.messageKey(), x.args())));
            }
        }
        return valid;
    }

    private Agency activeAgency(String code, String field, List<FieldViolation> v) {
        if (!AgencyCodes.isValid(code)) {
            v.add(FieldViolation.of(field, "agency.code.invalid"));
            return null;
        }
        Optional<Agency> agency = store.find(code);
        if (agency.isEmpty()) {
            v.add(FieldViolation.of(field, "agency.unknown", code));
            return null;
        }
        if (agency.get().getStatus() == AgencyStatus.RETIRED) {
            v.add(FieldViolation.of(field, "agency.retired", code));
            return null;
        }
        return agency.get();
    }

    private void apply(Caller caller, OrgChange change, Plan plan) {
        applyToRegistry(caller, change, plan);
        OrgChangeView before = view(change);
        change.applied(RequestHistory.append(change.getHistory(), caller, "APPLY", null));
        store.flushOr(ErrorCode.CONCURRENT_UPDATE, change.getId());
        audit.record(caller, "APPLY", ENTITY, String.valueOf(change.getId()), change.getAgencyCode(), before, view(change));
    }

    private void applyToRegistry(Caller caller, OrgChange change, Plan plan) {
        long id = change.getId();
        if (plan.kind() == OrgChangeKind.RENAME) {
            Agency agency = plan.predecessors().get(0);
            AgencyView before = AgencyView.of(agency);
            store.recordFormerName(agency, change.getEffectiveDate(), id);
            agency.setName(plan.newName());
            if (plan.newShortName() != null) {
                agency.setShortName(plan.newShortName());
            }
            store.flushOr(ErrorCode.CONCURRENT_UPDATE, agency.getCode());
            audit.record(caller, "RENAME", AgencyRegistry.ENTITY, agency.getCode(), agency.getCode(), before,
                    AgencyView.of(agency));
            return;
        }
        List<Agency> successors = new ArrayList<>();
        for (AgencyDrafts.Valid draft : plan.successors()) {
            Agency created = store.create(draft, change.getDecisionNumber(), change.getDecisionDate());
            successors.add(created);
            audit.record(caller, "REGISTER", AgencyRegistry.ENTITY, created.getCode(), created.getCode(), null,
                    AgencyView.of(created));
        }
        if (plan.dutiesTo() != null) {
            successors.add(plan.dutiesTo());
        }
        for (Agency predecessor : plan.predecessors()) {
            AgencyView before = AgencyView.of(predecessor);
            predecessor.setStatus(AgencyStatus.RETIRED);
            for (Agency successor : successors) {
                store.recordSuccession(predecessor, successor, id);
            }
            store.flushOr(ErrorCode.CONCURRENT_UPDATE, predecessor.getCode());
            audit.record(caller, "RETIRE", AgencyRegistry.ENTITY, predecessor.getCode(), predecessor.getCode(), before,
                    AgencyView.of(predecessor, successors.stream().map(Agency::getCode).toList(), null, null));
        }
    }

    private static OrgChangeView view(OrgChange c) {
        return new OrgChangeView(c.getId(), c.getKind(), c.getStatus(), c.getAgencyCode(), c.getEffectiveDate(),
                JSON.fromJson(c.getDetails(), OrgChangeProposal.Details.class), c.getProposedBy(), c.getProposedAt(),
                c.getDecisionNumber(), c.getDecisionDate(), c.getDecidedBy(), c.getReviewedBy(), c.getReviewedAt(),
                c.getAppliedAt(), c.getApplyError(), c.getRefusalReason(), RequestHistory.parse(c.getHistory()));
    }
}
