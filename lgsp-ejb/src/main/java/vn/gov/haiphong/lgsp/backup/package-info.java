/**
 * Backups (sao lưu; Quy chế Đ.9.7, Đ.10.5c): on demand and on a schedule, once per cluster, the server runs
 * {@code bin/backup} — a consistent dump of the database, the server configuration, the exchange-log checkpoints and
 * the Keycloak realm's export — then lists them and serves their files. A completed backup's id is what an incident
 * records before it is fixed.
 */
package vn.gov.haiphong.lgsp.backup;
