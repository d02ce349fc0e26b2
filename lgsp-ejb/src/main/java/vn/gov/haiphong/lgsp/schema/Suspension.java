package vn.gov.haiphong.lgsp.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Tạm dừng: the operator's hold on a service or a system (an incident, a breach of the rules; Quy chế Đ.10),
 * columns {@code suspended_at}, {@code suspended_by}, {@code suspension_reason}. The gateway refuses calls
 * while it is set.
 */
@Embeddable
public class Suspension {

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_by")
    private String suspendedBy;

    @Column(name = "suspension_reason", columnDefinition = "text")
    private String reason;

    public void suspend(String by, String why) {
        this.suspendedAt = Instant.now();
        this.suspendedBy = by;
        this.reason = why;
    }

    public void lift() {
        this.suspendedAt = null;
        this.suspendedBy = null;
        this.reason = null;
    }

    public Instant getSuspendedAt() { return suspendedAt; }
    public String getSuspendedBy() { return suspendedBy; }
    public String getReason() { return reason; }
}
