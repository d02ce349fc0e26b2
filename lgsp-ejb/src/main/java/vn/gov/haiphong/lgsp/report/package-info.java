/**
 * Reports (báo cáo; Quy chế Đ.14.3 monthly by the operator, Đ.12.6 every December and on demand by the authority),
 * the authority's oversight view (Đ.15.2: what needs its attention, in one call) and the annual feedback rounds
 * (lấy ý kiến, Đ.12.7). Report figures come from the monitoring rollups, the registry, the admin audit, the incident
 * log, the maintenance windows, the requests and the code lists — never from scanning the exchange log.
 */
package vn.gov.haiphong.lgsp.report;
