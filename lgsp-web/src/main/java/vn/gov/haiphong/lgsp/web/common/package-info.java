/** What every REST resource shares: problem details, the error mapping, request limits, paging DTOs. */
package vn.gov.haiphong.lgsp.web.common;
