/** REST resource of the admin change audit. */
package vn.gov.haiphong.lgsp.web.audit;
