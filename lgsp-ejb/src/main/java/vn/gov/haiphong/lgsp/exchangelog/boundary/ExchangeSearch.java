package vn.gov.haiphong.lgsp.exchangelog.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.gov.haiphong.lgsp.audit.boundary.AdminAuditLog;
import vn.gov.haiphong.lgsp.common.Page;
import vn.gov.haiphong.lgsp.common.PageRequest;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.common.security.Roles;
import vn.gov.haiphong.lgsp.exchangelog.control.ActivePeriods;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeQuery;
import vn.gov.haiphong.lgsp.exchangelog.control.ExchangeRecord;
import vn.gov.haiphong.lgsp.gateway.control.XRoadInstance;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * Finds exchange records (Đ.11.5: the log is there to be read): the oversight roles read all of it, an
 * agency admin the exchanges where one of the agency's systems was consumer or provider, a system its
 * own — as consumer or as provider. Newest first, over any window: a window longer than two days is narrowed to the
 * days the statistics' day rows ({@code exchange_stat}, written with each batch of the log) show traffic on, so a
 * year's search reads only the days that had any ({@link ActivePeriods}). An export streams every match, as it is
 * read from a cursor, in the same order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExchangeSearch {

    private static final String COLUMNS = "node, node_seq, " + ExchangeRecord.COLUMNS;
    private static final String ORDER = " ORDER BY received_at DESC, node, node_seq DESC";
    /** Windows up to this long are searched whole: narrowing them would save little. */
    private static final Duration NARROW_FROM = Duration.ofDays(2);
    /** Rows fetched per round trip while exporting. */
    private static final int EXPORT_FETCH = 1000;

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
        ExchangeQuery.Condition where = condition(caller, query);
        Query count = em.createNativeQuery("SELECT count(*) FROM exchange_log WHERE " + where.sql());
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM exchange_log WHERE " + where.sql()
                + ORDER);
        for (int i = 0; i < where.parameters().size(); i++) {
            count.setParameter(i + 1, where.parameters().get(i));
            rows.setParameter(i + 1, where.parameters().get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found.stream().map(ExchangeSearch::view).toList(), page.page(), page.size(), total);
    }

    /**
     * Every record the caller may read that matches, newest first, handed to {@code sink} as it is read (a cursor of
     * {@value #EXPORT_FETCH} rows at a time: memory stays flat whatever the window). Answers how many were handed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long export(Caller caller, ExchangeQuery query, Consumer<ExchangeView> sink) {
        ExchangeQuery.Condition where = condition(caller, query);
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM exchange_log WHERE " + where.sql() + ORDER)
                .setHint("org.hibernate.fetchSize", EXPORT_FETCH).setHint("org.hibernate.readOnly", true);
        for (int i = 0; i < where.parameters().size(); i++) {
            rows.setParameter(i + 1, where.parameters().get(i));
        }
        long[] handed = {0};
        try (Stream<?> found = rows.getResultStream()) {
            found.forEach(r -> {
                sink.accept(view((Object[]) r));
                handed[0]++;
            });
        }
        return handed[0];
    }

    private ExchangeQuery.Condition condition(Caller caller, ExchangeQuery query) {
        ExchangeQuery.Scope scope = scope(caller);
        if (Duration.between(query.from(), query.to()).compareTo(NARROW_FROM) <= 0) {
            return query.condition(scope);
        }
        return query.condition(scope, activePeriods(query));
    }

    /**
     * The query's window cut to the days with traffic that could match: the statistics' day rows for every consumer,
     * of the service asked for (or anything under it, or above it when it names a version) or of an unregistered one
     * (folded into {@code -}, which could be anything). Before the statistics' first day, the window stays whole.
     */
    @SuppressWarnings("unchecked")
    private List<ActivePeriods.Period> activePeriods(ExchangeQuery query) {
        Instant covered = NativeValues.instant(em.createNativeQuery("SELECT min(bucket) FROM exchange_stat WHERE span = 'DAY'")
                .getSingleResult());
        if (covered == null || !covered.isBefore(query.to())) {
            return List.of(new ActivePeriods.Period(query.from(), query.to()));
        }
        String service = query.service() == null ? "" : " AND (service = '-' OR service = ?3 OR ?3 LIKE service || '/%'"
                + " OR service LIKE ?4 ESCAPE '\\')";
        Query days = em.createNativeQuery("SELECT DISTINCT bucket FROM exchange_stat WHERE span = 'DAY' AND client = '*'"
                + " AND bucket > ?1 AND bucket < ?2 AND exchanges > 0" + service + " ORDER BY bucket")
                .setParameter(1, query.from().minus(Duration.ofDays(1))).setParameter(2, query.to());
        if (query.service() != null) {
            days.setParameter(3, query.service()).setParameter(4, ExchangeQuery.like(query.service() + "/"));
        }
        List<Instant> active = ((List<Object>) days.getResultList()).stream().map(NativeValues::instant).toList();
        return ActivePeriods.within(query.from(), query.to(), covered, active, day -> day.plus(Duration.ofDays(1)));
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
