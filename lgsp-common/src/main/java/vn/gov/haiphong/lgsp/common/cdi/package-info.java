/** CDI where the container does not inject: objects built by the server itself, such as Undertow handlers. */
package vn.gov.haiphong.lgsp.common.cdi;
