/**
 * The HTTP edge both gateways share (REST in lgsp-web, SOAP in lgsp-ws): the guard in front of every request,
 * the servlet half of an exchange front, and Undertow-level handling the servlet API cannot express — releasing a
 * held answer without holding a thread. Servlet and Undertow types stay here and in the WARs, out of the business
 * modules.
 */
package vn.gov.haiphong.lgsp.http;
