/**
 * The entries: {@code Reports} (generate, list, download; the scheduled job), {@code Oversight} and
 * {@code FeedbackRounds}, each checking its caller's role.
 */
package vn.gov.haiphong.lgsp.report.boundary;
