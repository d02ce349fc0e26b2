package vn.gov.haiphong.lgsp.incident.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.common.error.ErrorCode;
import vn.gov.haiphong.lgsp.common.error.LgspException;
import vn.gov.haiphong.lgsp.registry.entity.Agency;
import vn.gov.haiphong.lgsp.schema.Timestamped;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Sự cố (Quy chế Đ.10): what happened, how bad, what it affects, where its handling stands, and the notice shown to
 * the parties and to refused callers. The steps it may take, the backup-before-fixing rule and the report of serious
 * incidents are decided here.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.SEARCH, query = "SELECT i FROM Incident i WHERE (:state IS NULL OR i.state = :state)"
        + " AND (:agency IS NULL OR EXISTS (SELECT a FROM Incident j JOIN j.agencies a WHERE j = i AND a.code = :agency))"
        + " ORDER BY i.detectedAt DESC, i.id DESC")
@NamedQuery(name = Incident.COUNT, query = "SELECT count(i) FROM Incident i WHERE (:state IS NULL OR i.state = :state)"
        + " AND (:agency IS NULL OR EXISTS (SELECT a FROM Incident j JOIN j.agencies a WHERE j = i AND a.code = :agency))")
@NamedQuery(name = Incident.OPEN_FROM, query = "SELECT i FROM Incident i WHERE i.source = :source"
        + " AND i.state NOT IN (vn.gov.haiphong.lgsp.incident.entity.IncidentState.RESOLVED,"
        + " vn.gov.haiphong.lgsp.incident.entity.IncidentState.CLOSED)")
@NamedQuery(name = Incident.FROM_SOURCE, query = "SELECT i FROM Incident i WHERE i.source = :source ORDER BY i.id DESC")
public class Incident extends Timestamped {

    public static final String SEARCH = "Incident.search";
    public static final String COUNT = "Incident.count";
    public static final String OPEN_FROM = "Incident.openFrom";
    public static final String FROM_SOURCE = "Incident.fromSource";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, columnDefinition = "text")
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "notice_vi", nullable = false, columnDefinition = "text")
    private String noticeVi;

    @Column(name = "notice_en", columnDefinition = "text")
    private String noticeEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Column(name = "data_affected", nullable = false)
    private boolean dataAffected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentState state;

    @Column(updatable = false)
    private String source;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "expected_fix_at")
    private Instant expectedFixAt;

    @Column(name = "backup_ref", columnDefinition = "text")
    private String backupRef;

    @Column(name = "report_cause", columnDefinition = "text")
    private String reportCause;

    @Column(name = "report_impact", columnDefinition = "text")
    private String reportImpact;

    @Column(name = "report_actions", columnDefinition = "text")
    private String reportActions;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany
    @JoinTable(name = "incident_service", joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<Service> services = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "incident_system", joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "system_id"))
    private Set<InformationSystem> systems = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "incident_agency", joinColumns = @JoinColumn(name = "incident_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new LinkedHashSet<>();

    @OneToMany(mappedBy = "incident", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Isolation> isolations = new ArrayList<>();

    protected Incident() {
    }

    public Incident(String title, String description, String noticeVi, String noticeEn, Severity severity,
                    Category category, boolean dataAffected, String source, Instant detectedAt, String openedBy) {
        this.title = title;
        this.description = description;
        this.noticeVi = noticeVi;
        this.noticeEn = noticeEn;
        this.severity = severity;
        this.category = category;
        this.dataAffected = dataAffected;
        this.source = source;
        this.detectedAt = detectedAt;
        this.openedBy = openedBy;
        this.state = IncidentState.DETECTED;
    }

    public void affect(Set<Service> services, Set<InformationSystem> systems, Set<Agency> agencies) {
        this.services.addAll(services);
        this.systems.addAll(systems);
        this.agencies.addAll(agencies);
    }

    /**
     * Moves to {@code to}, or refuses: a step the state machine does not allow ({@code incident-transition}), a
     * data-affecting incident diagnosed without a backup recorded (Đ.10.5c), a serious one closed without its report
     * (Đ.10.5g), or one closed while it still isolates something.
     */
    public void moveTo(IncidentState to) {
        requireOpenLog();
        if (!state.mayMoveTo(to)) {
            throw new LgspException(ErrorCode.INCIDENT_TRANSITION, id, state, to, state.next());
        }
        if (to == IncidentState.DIAGNOSED && dataAffected && backupRef == null) {
            throw new LgspException(ErrorCode.INCIDENT_BACKUP_REQUIRED, id);
        }
        if (to == IncidentState.CLOSED) {
            if (needsReport() && reportedAt == null) {
                throw new LgspException(ErrorCode.INCIDENT_REPORT_REQUIRED, id);
            }
            long active = isolations.stream().filter(Isolation::isActive).count();
            if (active > 0) {
                throw new LgspException(ErrorCode.INCIDENT_ISOLATION_ACTIVE, id, active);
            }
            closedAt = Instant.now();
        }
        state = to;
    }

    /** A serious incident (Đ.10.5g): high or critical, or affecting more than one agency. */
    public boolean needsReport() {
        return severity.isSerious() || agencies.size() > 1;
    }

    /** Refuses ({@code incident-closed}) once the incident is closed: its log is final. */
    public void requireOpenLog() {
        if (state == IncidentState.CLOSED) {
            throw new LgspException(ErrorCode.INCIDENT_CLOSED, id);
        }
    }

    public Isolation isolate(Service service, InformationSystem system, String by) {
        requireOpenLog();
        Isolation isolation = new Isolation(this, service, system, by);
        isolations.add(isolation);
        return isolation;
    }

    public void recordBackup(String reference) {
        requireOpenLog();
        this.backupRef = reference;
    }

    public void expectFixAt(Instant at) {
        requireOpenLog();
        this.expectedFixAt = at;
    }

    public void report(String cause, String impact, String actions, String by) {
        requireOpenLog();
        this.reportCause = cause;
        this.reportImpact = impact;
        this.reportActions = actions;
        this.reportedBy = by;
        this.reportedAt = Instant.now();
    }

    /** What refused callers and the parties are told: the incident's number and its public notice, both languages. */
    public String publicNotice() {
        return "Sự cố số " + id + ": " + noticeVi + (noticeEn == null ? "" : " / Incident " + id + ": " + noticeEn);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getNoticeVi() { return noticeVi; }
    public String getNoticeEn() { return noticeEn; }
    public Severity getSeverity() { return severity; }
    public Category getCategory() { return category; }
    public boolean isDataAffected() { return dataAffected; }
    public IncidentState getState() { return state; }
    public String getSource() { return source; }
    public Instant getDetectedAt() { return detectedAt; }
    public String getOpenedBy() { return openedBy; }
    public Instant getExpectedFixAt() { return expectedFixAt; }
    public String getBackupRef() { return backupRef; }
    public String getReportCause() { return reportCause; }
    public String getReportImpact() { return reportImpact; }
    public String getReportActions() { return reportActions; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Set<Service> getServices() { return services; }
    public Set<InformationSystem> getSystems() { return systems; }
    public Set<Agency> getAgencies() { return agencies; }
    public List<Isolation> getIsolations() { return isolations; }
}
