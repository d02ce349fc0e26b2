package vn.gov.haiphong.lgsp.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A report written by {@link PdfReport} and read back by an independent reader (PDFBox). */
class PdfReportTest {

    @Test
    void vietnameseTextTablesAndChartsReadBack() throws IOException {
        byte[] pdf = write(report -> report
                .heading("Trao đổi dữ liệu theo cơ quan")
                .paragraph("Sở Y tế và Ủy ban nhân dân quận Lê Chân đã kết nối trong tháng.")
                .table(List.of("Cơ quan", "Số lượt", "Tỷ lệ thành công"),
                        List.of(List.of("Sở Y tế", "12.345", "99,5%"),
                                List.of("Sở Tài nguyên và Môi trường", "678", "100%")))
                .chart(Charts.bars("Lượt trao đổi", "lượt", Map.of("Thành công",
                        orderedOf("Sở Y tế", 12_345, "Sở Tài nguyên và Môi trường", 678))), 480, 220));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Báo cáo vận hành tháng 11/2026"), text);
            assertTrue(text.contains("Sở Y tế"), text);
            assertTrue(text.contains("Ủy ban nhân dân quận Lê Chân"), text);
            assertTrue(text.contains("Sở Tài nguyên và Môi trường"), text);
            assertTrue(text.contains("Tỷ lệ thành công"), text);

            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels inside the file");
            assertTrue(document.getPage(0).getResources().getXObjectNames().iterator().hasNext(),
                    "the chart is an image on the page");

            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertTrue(inkedShare(page) > 0.01, "page 1 has text, table and chart drawn on it");
        }
    }

    @Test
    void aLongTableFlowsOverPagesWithItsHeaderRepeated() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= PdfReport.FLUSH_ROWS * 2 + 17; i++) {
            rows.add(List.of("Dịch vụ số " + i, Integer.toString(i)));
        }
        byte[] pdf = write(report -> report.table(List.of("Dịch vụ", "Lượt"), rows));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Dịch vụ số 1\n") || text.contains("Dịch vụ số 1 "), "first row");
            assertTrue(text.contains("Dịch vụ số " + rows.size()), "last row");
            assertTrue(document.getNumberOfPages() > 5, "the rows span pages");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            assertTrue(lastPage.getText(document).contains("Dịch vụ Lượt"), "header repeated on the last page");
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> write(pdf -> pdf.beginTable(List.of("a", "b"))
                .row(List.of("only one"))));
    }

    @Test
    void noChartNoImage() throws IOException {
        byte[] pdf = write(report -> report.paragraph("Hải Phòng"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Hải Phòng"));
            assertTrue(!document.getPage(0).getResources().getXObjectNames().iterator().hasNext());
        }
    }

    private static byte[] write(java.util.function.Consumer<PdfReport> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, "Báo cáo vận hành tháng 11/2026", "Đơn vị vận hành LGSP Hải Phòng")) {
            content.accept(pdf);
        }
        return out.toByteArray();
    }

    private static Map<String, Integer> orderedOf(String k1, int v1, String k2, int v2) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** The share of pixels that are not white. */
    private static double inkedShare(BufferedImage image) {
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
