package vn.gov.haiphong.lgsp.access.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.access.entity.SystemGroup;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.cluster.CacheChanged;
import vn.gov.haiphong.lgsp.cluster.CacheChanges;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.FieldViolation;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.common.text.VietnameseText;
import vn.gov.haiphong.lgsp.registry.control.AgencyStore;
import vn.gov.haiphong.lgsp.system.boundary.InformationSystems;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Named groups of consumer systems, kept by the operator, so that one right serves many systems
 * (every commune's one-stop shop, say). A change of membership changes what members may call at once.
 */
@Stateless
public class SystemGroups {

    static final String ENTITY = "system-group";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    InformationSystems systems;

    @EJB
    AgencyStore agencies;

    @EJB
    AdminAuditLog audit;

    @EJB
    CacheChanges cacheChanges;

    public GroupView create(Caller caller, GroupDraft draft) {
        caller.require(Roles.OPERATOR);
        if (draft == null) {
            throw LgspException.invalid(List.of(FieldViolation.of("body", "field.required")));
        }
        List<FieldViolation> violations = new ArrayList<>(FieldViolation.of(validator.validate(draft)));
        if (draft.code() != null && !draft.code().isBlank() && !draft.code().strip().matches("[a-z0-9-]{1,64}")) {
            violations.add(FieldViolation.of("code", "group.code.invalid"));
        }
        if (!violations.isEmpty()) {
            throw LgspException.invalid(violations);
        }
        String code = draft.code().strip();
        if (find(code) != null) {
            throw new LgspException(ErrorCode.SYSTEM_GROUP_EXISTS, code);
        }
        SystemGroup group = new SystemGroup(code, VietnameseText.clean(draft.name()),
                VietnameseText.clean(draft.description()));
        em.persist(group);
        agencies.flushOr(ErrorCode.SYSTEM_GROUP_EXISTS, code);
        GroupView view = view(group);
        audit.record(caller, "CREATE", ENTITY, code, null, null, view);
        return view;
    }

    public GroupView addMember(Caller caller, String groupCode, String system) {
        return changeMembers(caller, groupCode, system, true);
    }

    public GroupView removeMember(Caller caller, String groupCode, String system) {
        return changeMembers(caller, groupCode, system, false);
    }

    public GroupView get(String code) {
        return view(load(code));
    }

    public List<GroupView> all() {
        return em.createNamedQuery(SystemGroup.ALL, SystemGroup.class).getResultList().stream().map(this::view).toList();
    }

    public SystemGroup load(String code) {
        SystemGroup group = find(code);
        if (group == null) {
            throw new LgspException(ErrorCode.SYSTEM_GROUP_NOT_FOUND, code);
        }
        return group;
    }

    private GroupView changeMembers(Caller caller, String groupCode, String system, boolean add) {
        caller.require(Roles.OPERATOR);
        SystemGroup group = load(groupCode);
        SystemId id = SystemId.parse(system).orElseThrow(() -> LgspException.invalid(
                List.of(FieldViolation.of("system", "access.system.invalid"))));
        InformationSystem member = systems.load(id.agencyCode(), id.systemCode());
        GroupView before = view(group);
        if (add) {
            em.createNativeQuery("INSERT INTO system_group_member (group_id, system_id, added_by, added_at)"
                            + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, group.getId()).setParameter(2, member.getId()).setParameter(3, caller.name())
                    .setParameter(4, Instant.now()).executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM system_group_member WHERE group_id = ?1 AND system_id = ?2")
                    .setParameter(1, group.getId()).setParameter(2, member.getId()).executeUpdate();
        }
        GroupView after = view(group);
        audit.record(caller, add ? "ADD_MEMBER" : "REMOVE_MEMBER", ENTITY, group.getCode(), null, before, after);
        cacheChanges.announce(CacheChanged.ACCESS);
        return after;
    }

    private SystemGroup find(String code) {
        return em.createNamedQuery(SystemGroup.FIND, SystemGroup.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private GroupView view(SystemGroup group) {
        List<String> members = em.createNativeQuery("SELECT a.code || '/' || s.system_code FROM system_group_member m"
                        + " JOIN information_system s ON s.id = m.system_id JOIN agency a ON a.id = s.agency_id"
                        + " WHERE m.group_id = ?1 ORDER BY 1")
                .setParameter(1, group.getId()).getResultList();
        return new GroupView(group.getCode(), group.getName(), group.getDescription(), members);
    }
}
