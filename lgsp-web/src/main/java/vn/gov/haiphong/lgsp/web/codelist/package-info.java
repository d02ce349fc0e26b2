/** REST resources of the shared code lists: reads with ETag/CSV, and the operator's import and publish. */
package vn.gov.haiphong.lgsp.web.codelist;
