package vn.gov.haiphong.lgsp.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.gov.haiphong.lgsp.audit.entity.AuditEntry;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;

/**
 * The admin change audit: capabilities record their changes here (in their own transaction);
 * readers get what their role allows — everything for the operator, authority and auditor, and
 * only their own agency's records for an agency admin.
 */
@Stateless
public class AdminAuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    /**
     * @param agencyCode whose record it is
     * @param before     the record before the change, or {@code null} when created
     * @param after      the record after the change, or {@code null} when removed
     */
    public void record(Caller actor, String action, String entityType, String entityKey, String agencyCode,
                       Object before, Object after) {
        em.persist(new AuditEntry(actor.subject(), actor.name(), actor.primaryRole(), actor.agencyCode(), action,
                entityType, entityKey, agencyCode, before == null ? null : JSON.toJson(before),
                after == null ? null : JSON.toJson(after)));
    }

    /**
     * The entries a query selects, newest first: everything for the oversight roles, only their agency's for an
     * agency admin (another agency asked for is refused).
     */
    public Page<AuditView> find(Caller reader, AuditQuery query, PageRequest page) {
        String scope = blankToNull(query.agency());
        if (!reader.seesEveryAgency()) {
            if (!reader.has(Roles.AGENCY_ADMIN) || reader.agencyCode() == null
                    || (scope != null && !scope.equals(reader.agencyCode()))) {
                throw new LgspException(ErrorCode.ACCESS_DENIED);
            }
            scope = reader.agencyCode();
        }
        List<AuditEntry> entries = bind(em.createNamedQuery(AuditEntry.SEARCH, AuditEntry.class), query, scope)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = bind(em.createNamedQuery(AuditEntry.COUNT, Long.class), query, scope).getSingleResult();
        return new Page<>(entries.stream().map(AuditView::of).toList(), page.page(), page.size(), total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> named, AuditQuery query, String scope) {
        String prefix = blankToNull(query.entityKeyPrefix());
        return named.setParameter("entityType", blankToNull(query.entityType()))
                .setParameter("entityKey", blankToNull(query.entityKey()))
                .setParameter("keyPrefix", prefix == null ? null : prefix.replaceAll("([!%_])", "!$1") + "%")
                .setParameter("actor", blankToNull(query.actor()))
                .setParameter("agencyCode", scope)
                .setParameter("from", query.from() == null ? AuditQuery.EARLIEST : query.from())
                .setParameter("to", query.to() == null ? AuditQuery.LATEST : query.to());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
