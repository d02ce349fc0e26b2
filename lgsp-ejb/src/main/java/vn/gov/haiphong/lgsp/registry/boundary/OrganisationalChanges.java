package vn.gov.haiphong.lgsp.registry.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
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
 * Organisational changes (Quy chế Đ.8.3) as a two-step workflow: the operator proposes (the city's
 * proposal), the authority approves or refuses with a reason (the Chairman's decision). A proposal is
 * checked whole when made and again when approved — the registry may have changed in between — and
 * nothing in the registry changes before approval. Approval applies everything in one transaction:
 * new codes issued, predecessors retired, lineage and former names recorded, all audited.
 */
@Stateless
public class OrganisationalChanges {

    static final String ENTITY = "org-change";
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

    public OrgChangeView propose(Caller caller, OrgChangeProposal proposal) {
        caller.require(Roles.OPERATOR);
        Plan plan = check(proposal);
        OrgChange change = new OrgChange(plan.kind(), proposal.effectiveDate(), proposal.decisionNumber().strip(),
                VietnameseText.clean(proposal.decidedBy()), JSON.toJson(proposal.details()), caller.name());
        em.persist(change);
        em.flush();
        OrgChangeView view = view(change);
        audit.record(caller, "PROPOSE", ENTITY, String.valueOf(change.getId()), null, null, view);
        return view;
    }

    public OrgChangeView approve(Caller caller, long id) {
        caller.require(Roles.AUTHORITY);
        OrgChange change = pending(id);
        OrgChangeProposal.Details details = JSON.fromJson(change.getDetails(), OrgChangeProposal.Details.class);
        Plan plan = check(new OrgChangeProposal(change.getKind().name(), change.getEffectiveDate(),
                change.getDecisionNumber(), change.getDecidedBy(), details.predecessors(), details.successors(),
                details.newName(), details.newShortName(), details.dutiesTo()));
        OrgChangeView before = view(change);
        apply(caller, change, plan);
        change.decide(OrgChangeStatus.APPROVED, caller.name(), null);
        store.flushOr(ErrorCode.ORG_CHANGE_DECIDED, id);
        OrgChangeView after = view(change);
        audit.record(caller, "APPROVE", ENTITY, String.valueOf(id), null, before, after);
        List<String> concerned = new ArrayList<>(details.predecessors());
        details.successors().forEach(s -> concerned.add(s.code()));
        notices.tellAgencies("ORG_CHANGE_APPROVED", "org-change/" + id, concerned, id, change.getKind(),
                change.getDecisionNumber(), change.getEffectiveDate(), String.join(", ", concerned));
        return after;
    }

    public OrgChangeView refuse(Caller caller, long id, String reason) {
        caller.require(Roles.AUTHORITY);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("reason", "orgchange.refusal.reason.required")));
        }
        OrgChange change = pending(id);
        OrgChangeView before = view(change);
        change.decide(OrgChangeStatus.REFUSED, caller.name(), why);
        store.flushOr(ErrorCode.ORG_CHANGE_DECIDED, id);
        OrgChangeView after = view(change);
        audit.record(caller, "REFUSE", ENTITY, String.valueOf(id), null, before, after);
        return after;
    }

    public OrgChangeView get(long id) {
        return view(find(id));
    }

    public Page<OrgChangeView> find(String status, PageRequest page) {
        OrgChangeStatus wanted = status == null || status.isBlank()
                ? null : AgencyDrafts.parseEnum(OrgChangeStatus.class, status, "status", "orgchange.status.invalid");
        List<OrgChange> changes = em.createNamedQuery(OrgChange.BY_STATUS, OrgChange.class)
                .setParameter("status", wanted)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(OrgChange.COUNT_BY_STATUS, Long.class)
                .setParameter("status", wanted).getSingleResult();
        return new Page<>(changes.stream().map(OrganisationalChanges::view).toList(), page.page(), page.size(), total);
    }

    private OrgChange find(long id) {
        return Optional.ofNullable(em.find(OrgChange.class, id))
                .orElseThrow(() -> new LgspException(ErrorCode.ORG_CHANGE_NOT_FOUND, id));
    }

    private OrgChange pending(long id) {
        OrgChange change = find(id);
        if (change.getStatus() != OrgChangeStatus.PROPOSED) {
            throw new LgspException(ErrorCode.ORG_CHANGE_DECIDED, id, change.getStatus());
        }
        return change;
    }

    /** What approval will do, once every rule holds against the registry as it is now. */
    private record Plan(OrgChangeKind kind, List<Agency> predecessors, List<AgencyDrafts.Valid> successors,
                        Agency dutiesTo, String newName, String newShortName) {
    }

    private Plan check(OrgChangeProposal p) {
        List<FieldViolation> v = new ArrayList<>();
        OrgChangeKind kind = AgencyDrafts.parseOptional(OrgChangeKind.class, p.kind(), "kind", "orgchange.kind.invalid", v);
        if (p.kind() == null || p.kind().isBlank()) {
            v.add(FieldViolation.of("kind", "field.required"));
        }
        if (p.effectiveDate() == null) {
            v.add(FieldViolation.of("effectiveDate", "field.required"));
        }
        if (p.decisionNumber() == null || p.decisionNumber().isBlank()) {
            v.add(FieldViolation.of("decisionNumber", "field.required"));
        } else if (p.decisionNumber().strip().length() > 64) {
            v.add(FieldViolation.of("decisionNumber", "field.too-long", 64));
        }
        if (VietnameseText.clean(p.decidedBy()) == null) {
            v.add(FieldViolation.of("decidedBy", "field.required"));
        }
        OrgChangeProposal.Details d = p.details();
        HostileText.check("decisionNumber", p.decisionNumber(), v);
        HostileText.check("decidedBy", p.decidedBy(), v);
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
            Agency created = store.create(draft);
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
        return new OrgChangeView(c.getId(), c.getKind(), c.getStatus(), c.getEffectiveDate(), c.getDecisionNumber(),
                c.getDecidedBy(), JSON.fromJson(c.getDetails(), OrgChangeProposal.Details.class), c.getProposedBy(),
                c.getProposedAt(), c.getReviewedBy(), c.getReviewedAt(), c.getRefusalReason());
    }
}
