/**
 * Reading a period's figures (one reader per source, JDBC over the rollups and registers) and writing them as CSV
 * and PDF; the report calendar (which period is due when). Plain Java over a connection: the bench drives it too.
 */
package vn.gov.haiphong.lgsp.report.control;
