/**
 * Monitoring (giám sát; Quy chế Đ.9.3, Đ.10.1–10.2, Đ.11.5): the gateway's metrics, statistics kept as rollups with
 * the exchange log, data use outside the gateway (reads of the read API and SOAP services by systems), provider probes
 * and the jobs that run once per cluster, alerts with their rules, and the status board. docs/operations.md,
 * "Monitoring", lists every metric and rule.
 */
package vn.gov.haiphong.lgsp.monitoring;
