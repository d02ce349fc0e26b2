package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.id.SystemId;
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

    private ExchangeQuery.Scope scope(Caller caller) {
        if (caller.seesEveryAgency()) {
            return new ExchangeQuery.Scope.Everything();
        }
        if (caller.has(Roles.AGENCY_ADMIN) && caller.agencyCode() != null) {
            return new ExchangeQuery.Scope.Agency(xroad.instance() + "/" + xroad.memberClass() + "/" + caller.agencyCode());
        }
        if (caller.has(Roles.SYSTEM)) {
            SystemId system = SystemId.parse(caller.clientId()).orElseThrow(() -> new LgspException(ErrorCode.ACCESS_DENIED));
            return new ExchangeQuery.Scope.System(xroad.name(system));
        }
        throw new LgspException(ErrorCode.ACCESS_DENIED);
    }

    private static ExchangeView view(Object[] r) {
        return new ExchangeView((String) r[0], ((Number) r[1]).longValue(), ExchangeRecord.of(r, 2));
    }
}
