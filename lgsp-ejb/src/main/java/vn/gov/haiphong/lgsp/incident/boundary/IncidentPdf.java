package vn.gov.haiphong.lgsp.incident.boundary;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.haiphong.lgsp.document.control.PdfReport;
import vn.gov.haiphong.lgsp.incident.control.IncidentImpact;
import vn.gov.haiphong.lgsp.notification.control.Templates;

/**
 * The incident report (báo cáo sự cố, Quy chế Đ.10.5g) as a PDF, in Vietnamese with the English terms beside: what
 * happened and what it affected, the timeline from the incident log, the isolations, the exchanges it touched (from
 * the exchange log), and the report's cause, impact
 * and actions. Written with the platform's {@link PdfReport} (embedded font with the Vietnamese letters).
 */
public final class IncidentPdf {

    private IncidentPdf() {
    }

    public static byte[] write(IncidentView incident, List<LogEntryView> log, IncidentImpact.Figures impact, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, "Báo cáo sự cố số " + incident.id() + " / Incident report",
                "LGSP Hải Phòng — lập lúc " + Templates.localTime(now) + " (giờ Việt Nam)")) {
            pdf.heading(incident.title());
            pdf.table(List.of("Mục / Item", "Nội dung / Value"), overview(incident));
            if (incident.description() != null) {
                pdf.paragraph(incident.description());
            }
            pdf.heading("Diễn biến / Timeline");
            pdf.table(List.of("#", "Thời điểm / At", "Người thực hiện / By", "Bước / Step", "Nội dung / Text"),
                    log.stream().map(e -> List.of(Integer.toString(e.seq()), Templates.localTime(e.at()),
                            e.actor() + " (" + e.role() + ")", step(e), e.text() == null ? "" : e.text())).toList());
            if (!incident.isolations().isEmpty()) {
                pdf.heading("Cô lập / Isolations");
                pdf.table(List.of("Đối tượng / Target", "Cô lập lúc / Isolated", "Gỡ lúc / Lifted"),
                        incident.isolations().stream().map(i -> List.of(i.target(),
                                Templates.localTime(i.isolatedAt()) + " — " + i.isolatedBy(),
                                i.liftedAt() == null ? "đang cô lập / active"
                                        : Templates.localTime(i.liftedAt()) + " — " + i.liftedBy())).toList());
            }
            IncidentView.Report report = incident.report();
            pdf.heading("Nguyên nhân / Cause");
            pdf.paragraph(report == null ? "Chưa có báo cáo / no report yet" : report.cause());
            pdf.heading("Ảnh hưởng / Impact");
            pdf.paragraph(report == null ? incident.noticeVi() : report.impact());
            pdf.paragraph("Theo nhật ký trao đổi / From the exchange log: " + impact.exchanges() + " lượt trao đổi với các "
                    + "dịch vụ, hệ thống bị ảnh hưởng trong thời gian sự cố, " + impact.failed() + " lượt lỗi hoặc bị từ chối"
                    + " / exchanges with the affected services and systems, failed or refused.");
            pdf.heading("Biện pháp khắc phục / Actions");
            pdf.paragraph(report == null ? "—" : report.actions());
            if (report != null) {
                pdf.paragraph("Người lập báo cáo / Reported by: " + report.reportedBy() + ", "
                        + Templates.localTime(report.reportedAt()));
            }
        }
        return out.toByteArray();
    }

    private static List<List<String>> overview(IncidentView i) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Mức độ / Severity", i.severity()));
        rows.add(List.of("Loại / Category", i.category()));
        rows.add(List.of("Trạng thái / State", i.state()));
        rows.add(List.of("Phát hiện lúc / Detected", Templates.localTime(i.detectedAt()) + " — " + i.openedBy()));
        if (i.expectedFixAt() != null) {
            rows.add(List.of("Dự kiến khắc phục / Expected fix", Templates.localTime(i.expectedFixAt())));
        }
        if (i.closedAt() != null) {
            rows.add(List.of("Đóng lúc / Closed", Templates.localTime(i.closedAt())));
        }
        rows.add(List.of("Dữ liệu bị ảnh hưởng / Data affected", i.dataAffected() ? "Có / yes" : "Không / no"));
        if (i.backupRef() != null) {
            rows.add(List.of("Bản sao lưu / Backup", i.backupRef()));
        }
        rows.add(List.of("Dịch vụ / Services", String.join(", ", i.services())));
        rows.add(List.of("Hệ thống / Systems", String.join(", ", i.systems())));
        rows.add(List.of("Cơ quan / Agencies", String.join(", ", i.agencies())));
        rows.add(List.of("Thông báo / Notice", i.noticeVi() + (i.noticeEn() == null ? "" : " / " + i.noticeEn())));
        return rows;
    }

    private static String step(LogEntryView e) {
        return e.kind() + (e.to() == null ? "" : " " + (e.from() == null ? "" : e.from() + " → ") + e.to());
    }
}
