/**
 * Incidents (sự cố; Quy chế Đ.10): severity, category, what they affect, the steps from detection to closing
 * (with escalation to the authority), an append-only incident log, isolation of a service or system through the
 * gateway's suspensions, the backup-before-fixing rule, the expected fix time and the report of serious ones —
 * exported as PDF and as IODEF (RFC 7970). A firing alert opens its incident by itself, and the two resolve together.
 */
package vn.gov.haiphong.lgsp.incident;
