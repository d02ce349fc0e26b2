package vn.gov.haiphong.lgsp.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the incident log (nhật ký sự cố, Quy chế Đ.10.5d): who did what, when, numbered in order within its
 * incident. Never changed once written (the table refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "incident_log")
@NamedQuery(name = LogEntry.OF, query = "SELECT e FROM LogEntry e WHERE e.incidentId = :incident ORDER BY e.seq")
@NamedQuery(name = LogEntry.COUNT, query = "SELECT count(e) FROM LogEntry e WHERE e.incidentId = :incident")
public class LogEntry {

    public static final String OF = "LogEntry.of";
    public static final String COUNT = "LogEntry.count";

    public enum Kind { OPENED, TRANSITION, NOTE, ISOLATE, LIFT, ETA, BACKUP, REPORT,
        /** The alert that opened the incident was acknowledged or resolved. */
        ALERT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private IncidentState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", updatable = false)
    private IncidentState toState;

    @Column(updatable = false, columnDefinition = "text")
    private String text;

    protected LogEntry() {
    }

    public LogEntry(long incidentId, int seq, String actorName, String actorRole, Kind kind, IncidentState fromState,
                    IncidentState toState, String text) {
        this.incidentId = incidentId;
        this.seq = seq;
        this.occurredAt = Instant.now();
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.kind = kind;
        this.fromState = fromState;
        this.toState = toState;
        this.text = text;
    }

    public int getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActorName() { return actorName; }
    public String getActorRole() { return actorRole; }
    public Kind getKind() { return kind; }
    public IncidentState getFromState() { return fromState; }
    public IncidentState getToState() { return toState; }
    public String getText() { return text; }
}
