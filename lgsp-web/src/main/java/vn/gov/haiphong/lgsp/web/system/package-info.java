/** REST resources of information systems and of the connection procedure. */
package vn.gov.haiphong.lgsp.web.system;
