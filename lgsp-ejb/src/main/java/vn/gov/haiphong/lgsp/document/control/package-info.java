/**
 * The PDF writer ({@link vn.gov.haiphong.lgsp.document.control.PdfReport}, OpenPDF) and its chart images
 * (JFreeChart), both drawn with the embedded {@link vn.gov.haiphong.lgsp.document.control.ReportFont}.
 */
package vn.gov.haiphong.lgsp.document.control;
