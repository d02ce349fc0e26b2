package vn.gov.haiphong.lgsp.web.codelist;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Content negotiation between JSON and CSV for item listings, and the CSV download's answer. */
final class CsvPreference {

    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private CsvPreference() {
    }

    /**
     * Whether the caller prefers CSV: the first of its acceptable types (ordered by q-value, then as sent) that
     * either answer matches is {@code text/csv} (or {@code text/*}). A client that accepts both equally and names
     * JSON first, or sends a wildcard, gets JSON — what a generated client sending
     * {@code application/json, text/csv, application/problem+json} expects.
     */
    static boolean wanted(HttpHeaders headers) {
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

    /** The whole file as a download named after the list. */
    static Response.ResponseBuilder attachment(String csv, String list) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + list + ".csv\"");
    }
}
