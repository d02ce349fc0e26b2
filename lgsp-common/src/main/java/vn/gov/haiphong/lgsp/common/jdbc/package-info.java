/** PostgreSQL beyond JDBC: the driver's notification and {@code COPY} APIs on a pooled connection. */
package vn.gov.haiphong.lgsp.common.jdbc;
