/**
 * The exchange log (nhật ký; Quy chế Đ.11.5, Nghị định 47/2020 Đ.45, DESIGN §5): one record per gateway
 * exchange, written durably before the response is released, many exchanges per commit (group commit),
 * each node's records hash-chained and numbered without gaps so that an edited or deleted record is
 * detected by {@code ExchangeLogVerifier}. Partitioned by month in PostgreSQL.
 */
package vn.gov.haiphong.lgsp.exchangelog;
