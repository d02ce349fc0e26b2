package vn.gov.haiphong.lgsp.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.haiphong.lgsp.catalog.entity.Service;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * Cô lập (Quy chế Đ.10.4): a service, or a system as consumer and as provider, suspended in the gateway because of an
 * incident, until lifted.
 */
@Entity
@Table(name = "incident_isolation")
public class Isolation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", updatable = false)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", updatable = false)
    private Service service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id", updatable = false)
    private InformationSystem system;

    @Column(name = "isolated_at", nullable = false, updatable = false)
    private Instant isolatedAt;

    @Column(name = "isolated_by", nullable = false, updatable = false)
    private String isolatedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    protected Isolation() {
    }

    Isolation(Incident incident, Service service, InformationSystem system, String by) {
        this.incident = incident;
        this.service = service;
        this.system = system;
        this.isolatedBy = by;
        this.isolatedAt = Instant.now();
    }

    public void lift(String by) {
        this.liftedAt = Instant.now();
        this.liftedBy = by;
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    /** What is isolated: {@code service agency/system/code/version} or {@code system agency/system}. */
    public String target() {
        return service != null ? "service " + service.identifier() : "system " + system.identifier();
    }

    public Long getId() { return id; }
    public Service getService() { return service; }
    public InformationSystem getSystem() { return system; }
    public Instant getIsolatedAt() { return isolatedAt; }
    public String getIsolatedBy() { return isolatedBy; }
    public Instant getLiftedAt() { return liftedAt; }
    public String getLiftedBy() { return liftedBy; }
}
