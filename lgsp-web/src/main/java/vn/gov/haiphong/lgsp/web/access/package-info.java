/** REST edge of access rights: rights, groups, access requests (admin) and the X-Road metadata services (/r1). */
package vn.gov.haiphong.lgsp.web.access;
