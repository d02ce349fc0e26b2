/** Stored reports with their documents, feedback rounds and the agencies' answers. */
package vn.gov.haiphong.lgsp.report.entity;
