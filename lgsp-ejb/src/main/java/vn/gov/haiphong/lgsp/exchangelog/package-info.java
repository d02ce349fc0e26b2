/**
 * The exchange log (nhật ký; Quy chế Đ.11.5, Nghị định 47/2020 Đ.45, DESIGN §5): one record per gateway
 * exchange, written durably before the response is released, many exchanges per commit (group commit),
 * each node's records chained with a keyed hash and numbered without gaps, with signed checkpoints kept outside the
 * database, so that an edited or deleted record is detected by {@code ExchangeLogVerifier} even when the database's
 * own contents were rewritten to match. Append-only and partitioned by month in PostgreSQL.
 */
package vn.gov.haiphong.lgsp.exchangelog;
