/**
 * Documents the platform writes for people (văn bản, báo cáo): PDF with headings, paragraphs, tables and charts,
 * in a font embedded in the file that carries every Vietnamese letter, so a report reads the same on any machine.
 */
package vn.gov.haiphong.lgsp.document;
