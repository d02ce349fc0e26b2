package vn.gov.haiphong.lgsp.incident.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.incident.control.IncidentImpact;

/** The incident report PDF, read back by an independent reader (PDFBox): page 1 is drawn, the Vietnamese reads back. */
class IncidentPdfTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:15:00Z");

    @Test
    void theReportRendersAndItsVietnameseTextRoundTrips() throws Exception {
        IncidentView incident = new IncidentView(12, "Dịch vụ tra cứu thửa đất không trả lời", "Hệ thống đất đai ngừng phản hồi",
                "Dịch vụ đang được khắc phục", "The service is being repaired", "CRITICAL", "AVAILABILITY", true,
                "CLOSED", List.of(), null, T0, "operator", T0.plusSeconds(7200), "backup/42",
                List.of("H24.06/dat-dai/tra-cuu-thua-dat/v1"), List.of(), List.of("H24.06", "H24.10"),
                List.of(new IncidentView.IsolationView(1, "H24.06/dat-dai", T0.plusSeconds(60), "operator",
                        T0.plusSeconds(3600), "operator")),
                true, new IncidentView.Report("Mất kết nối cơ sở dữ liệu đất đai", "37 lượt trao đổi bị từ chối",
                        "Khởi động lại máy chủ, bổ sung giám sát", "operator", T0.plusSeconds(5000)), T0.plusSeconds(6000), 5);
        List<LogEntryView> log = List.of(
                new LogEntryView(1, T0, "operator", "lgsp-operator", "OPENED", null, "DETECTED", "Mở sự cố"),
                new LogEntryView(2, T0.plusSeconds(60), "operator", "lgsp-operator", "ISOLATE", null, null, "H24.06/dat-dai"),
                new LogEntryView(3, T0.plusSeconds(4000), "operator", "lgsp-operator", "TRANSITION", "DIAGNOSED",
                        "RESOLVED", "Đã khắc phục"));

        byte[] pdf = IncidentPdf.write(incident, log, new IncidentImpact.Figures(120, 37), T0.plusSeconds(86_400));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String phrase : List.of("Báo cáo sự cố số 12", "Dịch vụ tra cứu thửa đất không trả lời",
                    "Mất kết nối cơ sở dữ liệu đất đai", "Khởi động lại máy chủ, bổ sung giám sát", "Diễn biến",
                    "37 lượt lỗi hoặc bị từ chối")) {
                assertTrue(text.contains(phrase), phrase + " in: " + text);
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertTrue(inked(page) > 0.01, "page 1 is drawn on, not blank");
        }
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }
}
