package vn.gov.haiphong.lgsp.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One admin change. Immutable: the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "admin_audit")
@NamedQuery(name = AuditEntry.SEARCH, query = "SELECT e FROM AuditEntry e"
        + " WHERE (:entityType IS NULL OR e.entityType = :entityType)"
        + " AND (:entityKey IS NULL OR e.entityKey = :entityKey)"
        + " AND (:keyPrefix IS NULL OR e.entityKey LIKE :keyPrefix ESCAPE '!')"
        + " AND (:actor IS NULL OR e.actorSubject = :actor OR e.actorName = :actor)"
        + " AND (:agencyCode IS NULL OR e.agencyCode = :agencyCode)"
        + " AND e.occurredAt >= :from AND e.occurredAt < :to"
        + " ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.COUNT, query = "SELECT count(e) FROM AuditEntry e"
        + " WHERE (:entityType IS NULL OR e.entityType = :entityType)"
        + " AND (:entityKey IS NULL OR e.entityKey = :entityKey)"
        + " AND (:keyPrefix IS NULL OR e.entityKey LIKE :keyPrefix ESCAPE '!')"
        + " AND (:actor IS NULL OR e.actorSubject = :actor OR e.actorName = :actor)"
        + " AND (:agencyCode IS NULL OR e.agencyCode = :agencyCode)"
        + " AND e.occurredAt >= :from AND e.occurredAt < :to")
public class AuditEntry {

    public static final String SEARCH = "AuditEntry.search";
    public static final String COUNT = "AuditEntry.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    private String actorSubject;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_role", nullable = false, length = 32)
    private String actorRole;

    @Column(name = "actor_agency", length = 35)
    private String actorAgency;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 32)
    private String entityType;

    @Column(name = "entity_key", nullable = false, length = 128)
    private String entityKey;

    @Column(name = "agency_code", length = 35)
    private String agencyCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    private String oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value")
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(String actorSubject, String actorName, String actorRole, String actorAgency, String action,
                      String entityType, String entityKey, String agencyCode, String oldValue, String newValue) {
        this.occurredAt = Instant.now();
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.actorAgency = actorAgency;
        this.action = action;
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.agencyCode = agencyCode;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getActorAgency() {
        return actorAgency;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
