/**
 * The HTTP edge's mechanics both gateways share (REST in lgsp-web, SOAP in lgsp-ws): Undertow-level handling
 * that the servlet API cannot express, such as releasing a held answer without holding a thread.
 */
package vn.gov.haiphong.lgsp.common.http;
