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

/** Lịch bảo trì: while it lasts the gateway refuses calls to the service with its notice. */
@Entity
@Table(name = "service_maintenance")
@NamedQuery(name = MaintenanceWindow.PLANNED, query = "SELECT w FROM MaintenanceWindow w WHERE w.service = :service"
        + " AND w.cancelledAt IS NULL AND w.endsAt > :now ORDER BY w.startsAt")
public class MaintenanceWindow {

    public static final String PLANNED = "MaintenanceWindow.planned";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

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
