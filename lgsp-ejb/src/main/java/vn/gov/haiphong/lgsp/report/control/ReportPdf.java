package vn.gov.haiphong.lgsp.report.control;

import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.haiphong.lgsp.document.control.Charts;
import vn.gov.haiphong.lgsp.document.control.PdfReport;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.AgencyExchanges;

/** A report as people read it: a PDF in Vietnamese with its tables and charts (document package). */
public final class ReportPdf {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Period.VIETNAM);
    /** Agencies drawn in a chart; the tables list them all. */
    private static final int CHART_AGENCIES = 12;

    private ReportPdf() {
    }

    public static void write(ReportFigures f, OutputStream out) {
        Period period = new Period(f.from(), f.to());
        try (PdfReport pdf = PdfReport.open(out, title(f, period), subtitle(f, period))) {
            registry(pdf, f.registry());
            exchanges(pdf, f.exchanges());
            services(pdf, f);
            incidents(pdf, f);
            maintenance(pdf, f);
            requests(pdf, f);
            codeLists(pdf, f);
            if (f.feedback() != null) {
                feedback(pdf, f.feedback());
            }
        }
    }

    static String title(ReportFigures f, Period p) {
        return switch (f.kind()) {
            case "MONTHLY" -> "Báo cáo vận hành LGSP tháng " + MONTH.format(p.from());
            case "ANNUAL" -> "Báo cáo năm " + p.from().getYear() + " về Nền tảng LGSP thành phố Hải Phòng";
            default -> "Báo cáo LGSP " + p.label();
        };
    }

    private static String subtitle(ReportFigures f, Period p) {
        String who = switch (f.kind()) {
            case "MONTHLY" -> "Đơn vị vận hành (Quy chế Đ.14.3)";
            case "ANNUAL" -> "Sở Khoa học và Công nghệ (Quy chế Đ.12.6)";
            default -> "Theo yêu cầu";
        };
        return who + " — kỳ báo cáo " + p.label() + " — lập lúc " + WHEN.format(f.generatedAt());
    }

    private static void registry(PdfReport pdf, ReportFigures.Registry r) {
        pdf.heading("1. Cơ quan, hệ thống và dịch vụ kết nối");
        pdf.table(List.of("Chỉ tiêu", "Số lượng"), List.of(
                List.of("Cơ quan đang hoạt động (hiện tại)", n(r.activeAgencies())),
                List.of("Hệ thống đang kết nối (hiện tại)", n(r.connectedSystems())),
                List.of("Dịch vụ đang cung cấp (hiện tại)", n(r.publishedServices())),
                List.of("Cơ quan được đăng ký trong kỳ", n(r.agenciesRegistered())),
                List.of("Cơ quan thôi hoạt động trong kỳ", n(r.agenciesRetired())),
                List.of("Thay đổi tổ chức được phê duyệt", n(r.orgChangesApproved())),
                List.of("Hệ thống được kết nối trong kỳ", n(r.systemsConnected())),
                List.of("Hệ thống hủy kết nối trong kỳ", n(r.systemsCancelled())),
                List.of("Dịch vụ được công bố trong kỳ", n(r.servicesPublished())),
                List.of("Dịch vụ ngừng cung cấp trong kỳ", n(r.servicesRetired()))));
        if (!r.changes().isEmpty()) {
            pdf.paragraph("Các thay đổi quản trị trong kỳ (nhật ký quản trị):");
            pdf.table(List.of("Đối tượng", "Thao tác", "Số lần"), r.changes().stream()
                    .map(c -> List.of(c.entity(), c.action(), n(c.count()))).toList());
        }
    }

    private static void exchanges(PdfReport pdf, ReportFigures.Exchanges e) {
        pdf.heading("2. Trao đổi dữ liệu");
        pdf.paragraph("Tổng số lượt trao đổi: " + n(e.total()) + "; không thành công: " + n(e.failures())
                + (e.total() == 0 ? "." : " (" + pct(100.0 * e.failures() / e.total()) + ")."));
        if (e.total() == 0) {
            return;
        }
        pdf.chart(Charts.bars("Lượt trao đổi theo cơ quan cung cấp", "lượt", outcomeSeries(e.byProvider())), 500,
                Math.max(160, 40 + 22 * Math.min(CHART_AGENCIES, e.byProvider().size())));
        pdf.paragraph("Theo kết quả:");
        pdf.table(List.of("Kết quả", "Số lượt"), e.byOutcome().entrySet().stream()
                .map(o -> List.of(o.getKey().equals("SUCCESS") ? "Thành công" : o.getKey(), n(o.getValue()))).toList());
        pdf.paragraph("Theo cơ quan cung cấp:");
        agencyTable(pdf, e.byProvider());
        pdf.paragraph("Theo cơ quan khai thác:");
        agencyTable(pdf, e.byConsumer());
    }

    private static Map<String, Map<String, Long>> outcomeSeries(List<AgencyExchanges> agencies) {
        Map<String, Long> ok = new LinkedHashMap<>();
        Map<String, Long> failed = new LinkedHashMap<>();
        agencies.stream().limit(CHART_AGENCIES).forEach(a -> {
            String label = a.name() == null ? a.agencyCode() : a.name();
            ok.put(label, a.exchanges() - a.failures());
            failed.put(label, a.failures());
        });
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        series.put("Thành công", ok);
        series.put("Không thành công", failed);
        return series;
    }

    private static void agencyTable(PdfReport pdf, List<AgencyExchanges> agencies) {
        try (PdfReport.TableWriter table = pdf.beginTable(List.of("Mã", "Cơ quan", "Số lượt", "Không thành công"),
                1.2f, 4, 1.3f, 1.5f)) {
            agencies.forEach(a -> table.row(List.of(a.agencyCode(), a.name() == null ? "(chưa đăng ký)" : a.name(),
                    n(a.exchanges()), n(a.failures()))));
        }
    }

    private static void services(PdfReport pdf, ReportFigures f) {
        pdf.heading("3. Tính sẵn sàng và độ trễ theo dịch vụ");
        if (f.services().isEmpty()) {
            pdf.paragraph("Không có lượt trao đổi nào trong kỳ.");
            return;
        }
        try (PdfReport.TableWriter table = pdf.beginTable(List.of("Dịch vụ", "Số lượt", "Thành công", "p50 (ms)",
                "p95 (ms)", "p99 (ms)", "Thăm dò sẵn sàng"), 4.5f, 1.3f, 1.3f, 1, 1, 1, 1.3f)) {
            f.services().forEach(s -> table.row(List.of(s.service(), n(s.exchanges()), pct(s.successPercent()),
                    dec(s.p50Ms()), dec(s.p95Ms()), dec(s.p99Ms()), pct(s.probeAvailabilityPercent()))));
        }
    }

    private static void incidents(PdfReport pdf, ReportFigures f) {
        pdf.heading("4. Sự cố");
        if (f.incidents().isEmpty()) {
            pdf.paragraph("Không có sự cố nào được phát hiện trong kỳ.");
            return;
        }
        pdf.table(List.of("Mức độ", "Số sự cố", "Đã cô lập", "Đã khắc phục", "Cô lập sau (phút, trung vị)",
                "Khắc phục sau (phút, trung vị)", "Khắc phục lâu nhất (phút)"), f.incidents().stream()
                .map(i -> List.of(i.severity(), n(i.count()), n(i.isolated()), n(i.resolved()),
                        dec(i.medianMinutesToIsolate()), dec(i.medianMinutesToResolve()), dec(i.maxMinutesToResolve())))
                .toList());
    }

    private static void maintenance(PdfReport pdf, ReportFigures f) {
        pdf.heading("5. Bảo trì");
        if (f.maintenance().isEmpty()) {
            pdf.paragraph("Không có đợt bảo trì nào trong kỳ.");
            return;
        }
        pdf.table(List.of("Dịch vụ", "Bắt đầu", "Kết thúc", "Báo trước (ngày)", "Khẩn cấp", "Trong giờ hành chính",
                "Đã hủy"), f.maintenance().stream().map(m -> List.of(m.service(), WHEN.format(m.startsAt()),
                WHEN.format(m.endsAt()), dec(m.noticeDays()), yes(m.emergency()), yes(m.officeHours()),
                yes(m.cancelled()))).toList());
    }

    private static void requests(PdfReport pdf, ReportFigures f) {
        pdf.heading("6. Yêu cầu và thời gian trả lời");
        pdf.table(List.of("Loại yêu cầu", "Tiếp nhận", "Đã quyết định", "Quá hạn", "Trả lời sau (ngày làm việc, trung vị)"),
                f.requests().stream().map(r -> List.of(requestKind(r.kind()), n(r.filed()), n(r.decided()),
                        r.overdue() == null ? "—" : n(r.overdue()), dec(r.medianWorkingDays()))).toList());
    }

    private static void codeLists(PdfReport pdf, ReportFigures f) {
        pdf.heading("7. Danh mục dùng chung được công bố");
        if (f.codeLists().isEmpty()) {
            pdf.paragraph("Không có phiên bản danh mục nào được công bố trong kỳ.");
            return;
        }
        pdf.table(List.of("Danh mục", "Tên", "Phiên bản", "Hiệu lực từ", "Số mục"), f.codeLists().stream()
                .map(l -> List.of(l.list(), l.name(), n(l.version()), l.effectiveFrom().toString(), n(l.items())))
                .toList());
    }

    private static void feedback(PdfReport pdf, ReportFigures.FeedbackSummary s) {
        pdf.heading("8. Ý kiến của các cơ quan (Quy chế Đ.12.7)");
        pdf.paragraph(s.title() + ": " + n(s.agenciesAnswered()) + " cơ quan đã trả lời.");
        List<List<String>> rows = new ArrayList<>();
        for (ReportFigures.QuestionSummary q : s.questions()) {
            String result = q.kind().equals("RATING") ? "Điểm trung bình " + dec(q.meanRating()) + " / 5"
                    : String.join("; ", q.texts().values());
            rows.add(List.of(q.text(), n(q.answers()), result));
        }
        pdf.table(List.of("Câu hỏi", "Số trả lời", "Kết quả"), rows);
    }

    private static String requestKind(String kind) {
        return switch (kind) {
            case "ACCESS" -> "Đăng ký khai thác dữ liệu";
            case "CONNECTION" -> "Kết nối, hủy kết nối hệ thống";
            case "ORG_CHANGE" -> "Thay đổi tổ chức, mã định danh";
            default -> kind;
        };
    }

    private static String n(long value) {
        return NumberFormat.getIntegerInstance(VI).format(value);
    }

    private static String dec(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String pct(Double value) {
        return value == null ? "—" : dec(value) + "%";
    }

    private static String yes(boolean value) {
        return value ? "có" : "không";
    }
}
