package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeQuery;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;

/**
 * Finds exchange records (Đ.11.5: the log is there to be read): the oversight roles read all of it, an
 * agency admin the exchanges where one of the agency's systems was consumer or provider, a system its
 * own — as consumer or as provider. Newest first, within a window of at most 31 days.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExchangeSearch {

    private static final String COLUMNS = "node, node_seq, " + ExchangeRecord.COLUMNS;

    @PersistenceContext
    EntityManager em;

    @Inject
    XRoadInstance xroad;

    @EJB
    AdminAuditLog audit;

    /** One record as found: the node that wrote it and its number in that node's chain. */
    public record ExchangeView(String node, long seq, ExchangeRecord exchange) {
    }

    @SuppressWarnings("unchecked")
    public Page<ExchangeView> find(Caller caller, ExchangeQuery query, PageRequest page) {
        ExchangeQuery.Condition where = query.condition(scope(caller));
        Query count = em.createNativeQuery("SELECT count(*) FROM exchange_log WHERE " + where.sql());
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM exchange_log WHERE " + where.sql()
                + " ORDER BY received_at DESC, node, node_seq DESC");
        for (int i = 0; i < where.parameters().size(); i++) {
            count.setParameter(i + 1, where.parameters().get(i));
            rows.setParameter(i + 1, where.parameters().get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found.stream().map(ExchangeSearch::view).toList(), page.page(), page.size(), total);
    }

    /**
     * A body kept for a service that keeps bodies: its first bytes ({@code content}), the whole body's length and
     * SHA-256 as recorded, and whether {@code content} is all of it.
     */
    public record KeptBody(byte[] content, long bytes, String sha256, boolean complete) {
    }

    /**
     * The request's or the response's kept body of record {@code seq} of {@code node}, for oversight only (it may
     * hold personal data; the parties have their own copies); every read is in the admin audit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    @SuppressWarnings("unchecked")
    public KeptBody body(Caller caller, String node, long seq, boolean request) {
        if (!caller.seesEveryAgency()) {
            throw new LgspException(ErrorCode.ACCESS_DENIED);
        }
        String side = request ? "request" : "response";
        List<Object[]> found = em.createNativeQuery("SELECT " + side + "_body, " + side + "_bytes, " + side + "_sha256"
                        + " FROM exchange_log WHERE node = ?1 AND node_seq = ?2 AND " + side + "_body IS NOT NULL")
                .setParameter(1, node).setParameter(2, seq).getResultList();
        if (found.isEmpty()) {
            throw new LgspException(ErrorCode.RESOURCE_NOT_FOUND);
        }
        byte[] content = (byte[]) found.get(0)[0];
        long bytes = ((Number) found.get(0)[1]).longValue();
        audit.record(caller, "READ", "exchange_body", node + "/" + seq + "/" + side, null, null, null);
        return new KeptBody(content, bytes, (String) found.get(0)[2], content.length == bytes);
    }

    private ExchangeQuery.Scope scope(Caller caller) {
        if (caller.seesEveryAgency()) {
            return new ExchangeQuery.Scope.Everything();
        }
        if (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null) {
            return new ExchangeQuery.Scope.Agency(xroad.member(caller.agencyCode()));
        }
        if (caller.has(Roles.SYSTEM)) {
            return new ExchangeQuery.Scope.System(xroad.name(caller.system()));
        }
        throw new LgspException(ErrorCode.ACCESS_DENIED);
    }

    private static ExchangeView view(Object[] r) {
        return new ExchangeView((String) r[0], ((Number) r[1]).longValue(), ExchangeRecord.of(r, 2));
    }
}
