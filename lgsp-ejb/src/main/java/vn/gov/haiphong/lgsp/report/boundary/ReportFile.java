package vn.gov.haiphong.lgsp.report.boundary;

/** A report's document to download: its media type, a file name and the bytes. */
public record ReportFile(String mediaType, String fileName, byte[] content) {
}
