package vn.gov.haiphong.lgsp.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.gov.haiphong.lgsp.report.control.ReportFigures.AgencyExchanges;

/** A report's figures written as PDF and CSV and read back by independent readers (PDFBox, Commons CSV). */
class ReportDocumentsTest {

    static ReportFigures sample() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("SUCCESS", 69L);
        outcomes.put("Server.ServerProxy.ServiceFailed", 3L);
        outcomes.put("Server.ServerProxy.ServiceTimeout", 3L);
        return new ReportFigures("MONTHLY", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1),
                Instant.parse("2026-11-02T01:00:00Z"),
                new ReportFigures.Registry(133, 4, 3, 2, 0, 0, 1, 0, 1, 0,
                        List.of(new ReportFigures.ChangeCount("agency", "REGISTER", 2))),
                new ReportFigures.Exchanges(75, 6, outcomes,
                        List.of(new AgencyExchanges("H24.06", "Sở Nông nghiệp và Môi trường", 40, 4),
                                new AgencyExchanges("H24.03", "Sở Tư pháp", 35, 2)),
                        List.of(new AgencyExchanges("H24.10", "Sở Y tế", 50, 6),
                                new AgencyExchanges("H24.101", "=Ủy ban nhân dân phường Hồng Bàng", 25, 0))),
                List.of(new ReportFigures.ServiceFigures("VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat", "H24.06", 40, 4, 90.0,
                        20.0, 20.0, 20.0, 10L, 90.0)),
                List.of(new ReportFigures.IncidentFigures("HIGH", 1, 1, 1, 30.0, 30.0, 150.0, 150.0)),
                List.of(new ReportFigures.MaintenanceFigures("H24.06/dat-dai/tra-cuu-thua-dat/v1",
                        Instant.parse("2026-10-20T15:00:00Z"), Instant.parse("2026-10-20T17:00:00Z"), 10.0, false, false,
                        false)),
                List.of(new ReportFigures.RequestFigures("ACCESS", 3, 2, 2L, 4.0),
                        new ReportFigures.RequestFigures("ORG_CHANGE", 0, 0, null, null)),
                List.of(), null);
    }

    @Test
    void thePdfHasTheSectionsAndTheVietnameseNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(sample(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            // a table cell wraps its text over lines: compare with the white space collapsed
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Báo cáo vận hành LGSP tháng 10/2026", "01/10/2026 – 31/10/2026",
                    "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân phường Hồng Bàng", "Sở Y tế", "Trao đổi dữ liệu",
                    "Sự cố", "Bảo trì", "Đăng ký khai thác dữ liệu", "Danh mục dùng chung")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext()
                    || pdf.getNumberOfPages() > 1, "the exchanges chart is drawn");
        }
    }

    @Test
    void theCsvIsOneLongTableAFormulaStaysText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(sample(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark for spreadsheets");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("provider") && r.get("subject").equals("H24.06")
                && r.get("metric").equals("exchanges") && r.get("value").equals("40")));
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("requests") && r.get("subject").equals("ACCESS")
                && r.get("metric").equals("medianWorkingDays") && r.get("value").equals("4.0")));
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("'=Ủy ban nhân dân phường Hồng Bàng")),
                "a name beginning with = is not a formula");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(4.0, RequestReader.median(new int[] {2, 6}));
        assertEquals(2.0, RequestReader.median(new int[] {1, 2, 9}));
        assertEquals(null, RequestReader.median(new int[0]));
    }
}
