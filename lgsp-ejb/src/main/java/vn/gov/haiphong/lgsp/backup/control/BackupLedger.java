package vn.gov.haiphong.lgsp.backup.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.schema.NativeValues;

/**
 * The rows of backups in the database: {@code backup_run} (what the server was asked to run, and how it went) and
 * {@code backup} (what completed, written by {@code bin/backup} itself). Each method is its own transaction, so a
 * claim is visible to the other nodes before the backup starts and a heartbeat is seen while it runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackupLedger {

    /** A heartbeat older than this belongs to a node that stopped while running its backup. */
    static final int STALE_SECONDS = 60;

    private static final String COLUMNS = "coalesce(r.id, b.id), coalesce(r.state, 'DONE'), coalesce(r.purpose, b.purpose),"
            + " coalesce(r.requested_by, b.taken_by), r.node, coalesce(r.started_at, b.taken_at), r.finished_at,"
            + " r.error, b.database_bytes, b.total_bytes, b.manifest_sha256, b.location";

    @PersistenceContext
    EntityManager em;

    /**
     * Records a run of this id as RUNNING on this node, unless one is running in the cluster (a RUNNING row whose
     * node stopped is first marked FAILED). Empty when one is running, or this id is taken.
     */
    public Optional<BackupRow> claim(String id, String purpose, String requestedBy, String node) {
        em.createNativeQuery("UPDATE backup_run SET state = 'FAILED', finished_at = clock_timestamp(), error = ?1"
                        + " WHERE state = 'RUNNING' AND heartbeat_at < clock_timestamp() - make_interval(secs => ?2)")
                .setParameter(1, "Node stopped while it ran the backup / Nút dừng khi đang sao lưu")
                .setParameter(2, STALE_SECONDS).executeUpdate();
        int claimed = em.createNativeQuery("INSERT INTO backup_run (id, state, purpose, requested_by, node, started_at,"
                        + " heartbeat_at) SELECT ?1, 'RUNNING', ?2, ?3, ?4, clock_timestamp(), clock_timestamp()"
                        + " WHERE NOT EXISTS (SELECT 1 FROM backup WHERE id = ?1) ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, purpose).setParameter(3, requestedBy).setParameter(4, node)
                .executeUpdate();
        return claimed == 0 ? Optional.empty() : find(id);
    }

    /** Tells the other nodes that this run still runs. */
    public void heartbeat(String id) {
        em.createNativeQuery("UPDATE backup_run SET heartbeat_at = clock_timestamp() WHERE id = ?1 AND state = 'RUNNING'")
                .setParameter(1, id).executeUpdate();
    }

    /** Ends the run: DONE when bin/backup recorded the backup, FAILED with why otherwise. */
    public void finish(String id, String error) {
        if (error == null) {
            em.createNativeQuery("UPDATE backup_run SET finished_at = clock_timestamp(), state = CASE WHEN EXISTS"
                            + " (SELECT 1 FROM backup WHERE id = ?1) THEN 'DONE' ELSE 'FAILED' END, error = CASE WHEN"
                            + " EXISTS (SELECT 1 FROM backup WHERE id = ?1) THEN NULL ELSE 'bin/backup recorded no backup'"
                            + " END WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE backup_run SET finished_at = clock_timestamp(), state = 'FAILED', error = ?2"
                            + " WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, error.length() > 2000 ? error.substring(0, 2000) : error)
                    .executeUpdate();
        }
    }

    /** The backup or run of this id. */
    public Optional<BackupRow> find(String id) {
        return rows(" WHERE coalesce(r.id, b.id) = ?1", id).stream().findFirst();
    }

    /**
     * A page of the backups and runs, newest first: completed ones (also those made by bin/backup by hand), running,
     * failed. The id breaks ties so that pages neither repeat nor skip a row.
     */
    public List<BackupRow> list(int offset, int limit) {
        return rows(" ORDER BY coalesce(r.started_at, b.taken_at) DESC, coalesce(r.id, b.id) DESC", null, offset, limit);
    }

    /** How many backups and runs there are. */
    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM backup_run r FULL JOIN backup b ON b.id = r.id")
                .getSingleResult()).longValue();
    }

    private List<BackupRow> rows(String where, String id) {
        return rows(where, id, 0, Integer.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    private List<BackupRow> rows(String where, String id, int offset, int limit) {
        var query = em.createNativeQuery("SELECT " + COLUMNS + ", b.exchange_log_heads::text FROM backup_run r FULL JOIN backup b ON b.id = r.id" + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        if (limit < Integer.MAX_VALUE) {
            query.setFirstResult(offset).setMaxResults(limit);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(BackupLedger::row).toList();
    }

    private static BackupRow row(Object[] r) {
        return new BackupRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                NativeValues.instant(r[5]), r[6] == null ? null : NativeValues.instant(r[6]), (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), r[9] == null ? null : ((Number) r[9]).longValue(),
                (String) r[10], (String) r[11], (String) r[12]);
    }

    /** One backup: its run (if the server ran it) joined with its record (once it completed). */
    public record BackupRow(String id, String state, String purpose, String by, String node, Instant startedAt,
                            Instant finishedAt, String error, Long databaseBytes, Long totalBytes,
                            String manifestSha256, String location, String exchangeLogHeads) {
    }
}
