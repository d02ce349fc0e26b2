/**
 * The admin REST API of reports ({@code /admin/v1/reports}), the authority's oversight view
 * ({@code /admin/v1/oversight}) and the feedback rounds ({@code /admin/v1/feedback-rounds}).
 */
package vn.gov.haiphong.lgsp.web.report;
