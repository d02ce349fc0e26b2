package vn.gov.haiphong.lgsp.conversion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Chuyển đổi giao thức của dịch vụ: the style a service is also published in, declared by its provider's agency admin
 * or the operator. One per service version; the mapping follows from the service's contract.
 */
@Entity
@Table(name = "service_conversion")
public class ServiceConversion {

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConversionStyle style;

    @Column(name = "declared_by", nullable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ServiceConversion() {
    }

    public ServiceConversion(long serviceId, ConversionStyle style, String declaredBy, Instant declaredAt) {
        this.serviceId = serviceId;
        this.style = style;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public void declare(ConversionStyle style, String by, Instant at) {
        this.style = style;
        this.declaredBy = by;
        this.declaredAt = at;
    }

    public Long getServiceId() { return serviceId; }
    public ConversionStyle getStyle() { return style; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getDeclaredAt() { return declaredAt; }
}
