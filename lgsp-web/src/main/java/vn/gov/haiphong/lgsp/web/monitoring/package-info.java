/** REST resources of monitoring: statistics, the status board, alerts and provider probes ({@code /admin/v1}). */
package vn.gov.haiphong.lgsp.web.monitoring;
