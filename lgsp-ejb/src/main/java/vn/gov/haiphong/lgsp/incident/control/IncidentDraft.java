package vn.gov.haiphong.lgsp.incident.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A new incident, as an officer reports it or an alert raises it.
 *
 * @param title         short title (tên sự cố)
 * @param noticeVi      the public notice (thông báo) the parties and refused callers are shown, Vietnamese
 * @param noticeEn      the same in English, optional
 * @param severity      LOW, MEDIUM, HIGH or CRITICAL
 * @param category      AVAILABILITY, PERFORMANCE, SECURITY, DATA, CONNECTIVITY or OTHER
 * @param dataAffected  whether data may be damaged: then a backup is recorded before fixing (Quy chế Đ.10.5c)
 * @param detectedAt    when it was detected; now when absent
 * @param services      affected services, {@code agency/system/service/version}
 * @param systems       affected systems, {@code agency/system}
 * @param agencies      further affected agencies by code (the owners of the services and systems, and the consumers
 *                      of the services, are added)
 * @param source        what raised it automatically (an alert's key); at most one open incident per source
 */
public record IncidentDraft(@NotBlank(message = "field.required") @Size(max = 500, message = "field.too-long") @SafeText String title,
                            @SafeText String description,
                            @NotBlank(message = "field.required") @SafeText String noticeVi,
                            @SafeText String noticeEn,
                            @NotBlank(message = "field.required") String severity,
                            @NotBlank(message = "field.required") String category,
                            Boolean dataAffected,
                            Instant detectedAt,
                            @Size(max = 100, message = "field.too-many") List<String> services,
                            @Size(max = 100, message = "field.too-many") List<String> systems,
                            @Size(max = 100, message = "field.too-many") List<String> agencies,
                            @Size(max = 128, message = "field.too-long") String source) {
}
