package vn.gov.haiphong.lgsp.registry.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.registry.entity.AgencyStatus;

/**
 * Persistence of agencies and of their lineage (who took over whose duties), always within the
 * caller's transaction. The lineage is plain SQL: following it is a recursive query PostgreSQL does in
 * one round trip. An EJB rather than a CDI bean: WildFly then declares the persistence unit as a
 * dependency of the bean, where a CDI bean's {@code @PersistenceContext} is only resolved when Weld
 * starts — which, on a quick redeploy, can be before the unit exists.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AgencyStore {

    /** Active agencies at the end of every succession path from a code (itself, when active). */
    private static final String CURRENT_SUCCESSORS = """
            WITH RECURSIVE chain(id) AS (
                SELECT a.id FROM agency a WHERE a.code = ?1
                UNION
                SELECT s.successor_id FROM agency_succession s JOIN chain c ON s.predecessor_id = c.id
            )
            SELECT a.code FROM agency a JOIN chain c ON a.id = c.id
            WHERE a.status <> 'RETIRED' ORDER BY a.code""";

    @PersistenceContext
    EntityManager em;

    public Optional<Agency> find(String code) {
        return em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The agency with a well-formed code; refusals for a malformed or unknown one. */
    public Agency load(String code) {
        return find(AgencyCodes.requireValid(code)).orElseThrow(() -> new LgspException(ErrorCode.AGENCY_NOT_FOUND, code));
    }

    /** Issues a new code under the parent it names; the code must never have been issued. */
    /** A new agency with the decision that issued its code, written once (its version starts at 0). */
    public Agency create(AgencyDrafts.Valid valid, String decisionNumber, java.time.LocalDate decisionDate) {
        if (find(valid.code()).isPresent()) {
            throw new LgspException(ErrorCode.AGENCY_EXISTS, valid.code());
        }
        Agency parent = AgencyCodes.parentOf(valid.code())
                .map(parentCode -> find(parentCode)
                        .filter(p -> p.getStatus() != AgencyStatus.RETIRED)
                        .orElseThrow(() -> new LgspException(ErrorCode.PARENT_AGENCY_NOT_FOUND, valid.code(),
                                parentCode)))
                .orElse(null);
        Agency agency = new Agency(valid.code(), parent);
        valid.applyTo(agency);
        agency.issuedBy(decisionNumber, decisionDate);
        em.persist(agency);
        flushOr(ErrorCode.AGENCY_EXISTS, valid.code());
        return agency;
    }

    /** Flushes now so that a database refusal becomes a clear error inside this transaction. */
    public void flushOr(ErrorCode code, Object arg) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new LgspException(code, arg);
        }
    }

    public void recordSuccession(Agency predecessor, Agency successor, long orgChangeId) {
        em.createNativeQuery("INSERT INTO agency_succession (predecessor_id, successor_id, org_change_id)"
                        + " VALUES (?1, ?2, ?3)")
                .setParameter(1, predecessor.getId())
                .setParameter(2, successor.getId())
                .setParameter(3, orgChangeId)
                .executeUpdate();
    }

    public void recordFormerName(Agency agency, LocalDate until, long orgChangeId) {
        em.createNativeQuery("INSERT INTO agency_former_name (agency_id, name, short_name, until_date, org_change_id)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, agency.getId())
                .setParameter(2, agency.getName())
                .setParameter(3, agency.getShortName())
                .setParameter(4, until)
                .setParameter(5, orgChangeId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> directSuccessors(Agency agency) {
        return em.createNativeQuery("SELECT a.code FROM agency_succession s JOIN agency a ON a.id = s.successor_id"
                        + " WHERE s.predecessor_id = ?1 ORDER BY a.code")
                .setParameter(1, agency.getId())
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> currentSuccessors(String code) {
        return em.createNativeQuery(CURRENT_SUCCESSORS).setParameter(1, code).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> formerNames(Agency agency) {
        return em.createNativeQuery("SELECT name FROM agency_former_name WHERE agency_id = ?1 ORDER BY until_date, id")
                .setParameter(1, agency.getId())
                .getResultList();
    }

    /**
     * Every code taken directly under an agency: issued (retired ones included) or named as a successor by an
     * organisational change still on its way.
     */
    @SuppressWarnings("unchecked")
    public List<String> childCodes(Agency agency) {
        return em.createNativeQuery("SELECT code FROM agency WHERE parent_id = ?1"
                        + " UNION SELECT s ->> 'code' FROM org_change c CROSS JOIN jsonb_array_elements(c.details -> 'successors') s"
                        + " WHERE c.status IN ('FILED', 'CHECKED', 'SUBMITTED', 'APPROVED')"
                        + " AND left(s ->> 'code', length(?2) + 1) = ?2 || '.'"
                        + " AND position('.' IN substr(s ->> 'code', length(?2) + 2)) = 0")
                .setParameter(1, agency.getId())
                .setParameter(2, agency.getCode())
                .getResultList();
    }

    public long activeChildren(Agency agency) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM agency WHERE parent_id = ?1 AND status <> 'RETIRED'")
                .setParameter(1, agency.getId())
                .getSingleResult()).longValue();
    }
}
