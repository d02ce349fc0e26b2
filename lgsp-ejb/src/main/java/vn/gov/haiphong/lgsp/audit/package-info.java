/**
 * Admin change audit (nhật ký thay đổi quản trị): every change made through the admin API, with who
 * (subject, role, agency), when, and the old and new values as JSON. Written in the transaction of
 * the change, so a change without its audit row cannot be committed.
 */
package vn.gov.haiphong.lgsp.audit;
