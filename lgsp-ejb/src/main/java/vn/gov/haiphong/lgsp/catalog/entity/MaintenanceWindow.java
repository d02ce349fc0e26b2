package vn.gov.haiphong.lgsp.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Lịch bảo trì: while it lasts the gateway refuses calls with its notice — to one service, to every service of one
 * provider system, or to every service of the platform.
 */
@Entity
@Table(name = "service_maintenance")
@NamedQuery(name = MaintenanceWindow.APPLYING, query = "SELECT w FROM MaintenanceWindow w WHERE w.cancelledAt IS NULL"
        + " AND w.endsAt > :now AND (w.service = :service OR w.system = :system OR w.platform = true) ORDER BY w.startsAt")
@NamedQuery(name = MaintenanceWindow.WIDE, query = "SELECT w FROM MaintenanceWindow w WHERE w.service IS NULL"
        + " AND w.cancelledAt IS NULL AND w.endsAt > :now ORDER BY w.startsAt, w.id")
@NamedQuery(name = MaintenanceWindow.WIDE_COUNT, query = "SELECT count(w) FROM MaintenanceWindow w WHERE w.service IS NULL"
        + " AND w.cancelledAt IS NULL AND w.endsAt > :now")
public class MaintenanceWindow {

    /** The windows that apply to a service: its own, its provider system's and the platform's. */
    public static final String APPLYING = "MaintenanceWindow.applying";
    /** The planned windows of whole systems and of the platform. */
    public static final String WIDE = "MaintenanceWindow.wide";
    public static final String WIDE_COUNT = "MaintenanceWindow.wideCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    /** Every service of this provider system; null unless the window is the system's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id", updatable = false)
    private InformationSystem system;

    /** Every service of the platform. */
    @Column(nullable = false, updatable = false)
    private boolean platform;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "notice_vi", nullable = false, updatable = false, columnDefinition = "text")
    private String noticeVi;

    @Column(name = "notice_en", updatable = false, columnDefinition = "text")
    private String noticeEn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private boolean emergency;

    @Column(name = "emergency_reason", updatable = false, columnDefinition = "text")
    private String emergencyReason;

    @Column(name = "office_hours", nullable = false, updatable = false)
    private boolean officeHours;

    @Column(name = "office_hours_reason", updatable = false, columnDefinition = "text")
    private String officeHoursReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "ended_notice_at")
    private Instant endedNoticeAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected MaintenanceWindow() {
    }

    /** @param emergencyReason why it is announced less than seven days ahead, or {@code null} for a planned one */
    public MaintenanceWindow(Service service, Instant startsAt, Instant endsAt, String noticeVi, String noticeEn,
                             String createdBy, String emergencyReason) {
        this.service = service;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.noticeVi = noticeVi;
        this.noticeEn = noticeEn;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.emergency = emergencyReason != null;
        this.emergencyReason = emergencyReason;
    }

    /** A window over every service of {@code system}, or of the platform when {@code system} is null. */
    public static MaintenanceWindow wide(InformationSystem system, Instant startsAt, Instant endsAt, String noticeVi,
                                         String noticeEn, String createdBy, String emergencyReason) {
        MaintenanceWindow w = new MaintenanceWindow(null, startsAt, endsAt, noticeVi, noticeEn, createdBy, emergencyReason);
        w.system = system;
        w.platform = system == null;
        return w;
    }

    /** What it covers, as the notices name it. */
    public String target() {
        if (service != null) {
            return service.identifier().toString();
        }
        return system != null ? system.identifier() + "/* (mọi dịch vụ của hệ thống / every service of the system)"
                : "* (mọi dịch vụ của LGSP / every service of the platform)";
    }

    public void cancel(String by) {
        this.cancelledBy = by;
        this.cancelledAt = Instant.now();
    }

    /**
     * Flags the window as overlapping office hours (Quy chế Đ.14.2: maintain outside them where possible).
     *
     * @param reason why it cannot wait for the evening or the weekend ({@code null} for an emergency: its reason)
     */
    public void duringOfficeHours(String reason) {
        this.officeHours = true;
        this.officeHoursReason = reason;
    }

    /** The parties were reminded that it starts within 24 hours. */
    public void reminded() {
        this.remindedAt = Instant.now();
    }

    /** The parties were told that it has ended. */
    public void endNoticed() {
        this.endedNoticeAt = Instant.now();
    }

    public Long getId() { return id; }
    public Service getService() { return service; }
    public InformationSystem getSystem() { return system; }
    public boolean isPlatform() { return platform; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getNoticeVi() { return noticeVi; }
    public String getNoticeEn() { return noticeEn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isEmergency() { return emergency; }
    public String getEmergencyReason() { return emergencyReason; }
    public boolean isOfficeHours() { return officeHours; }
    public String getOfficeHoursReason() { return officeHoursReason; }
}
