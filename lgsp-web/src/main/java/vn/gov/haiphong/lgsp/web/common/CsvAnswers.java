package vn.gov.haiphong.lgsp.web.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import vn.gov.haiphong.lgsp.common.text.SpreadsheetFormula;

/**
 * How the REST API answers in CSV: chosen by {@code Accept}, RFC 4180 with every data cell quoted, UTF-8 with a byte
 * order mark (spreadsheets open it as UTF-8), and no cell a spreadsheet would run as a formula.
 */
public final class CsvAnswers {

    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = CSV + "; charset=UTF-8";
    /** Where an answer starts: the UTF-8 byte order mark. */
    public static final String BOM = "\uFEFF";
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private CsvAnswers() {
    }

    /**
     * Whether the caller prefers CSV: the first of its acceptable types (ordered by q-value, then as sent) that
     * either answer matches is {@code text/csv} (or {@code text/*}). A client that accepts both equally and names
     * JSON first, or sends a wildcard, gets JSON — what a generated client sending
     * {@code application/json, text/csv, application/problem+json} expects.
     */
    public static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }

    /** A whole CSV file as a download named {@code name}.csv. */
    public static Response.ResponseBuilder attachment(String csv, String name) {
        return Response.ok(csv, CSV_UTF8).header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    /** A data cell: null stays empty; text a spreadsheet would run as a formula gets a leading single quote. */
    public static String cell(Object value) {
        return value == null ? null : SpreadsheetFormula.neutralised(value.toString());
    }
}
