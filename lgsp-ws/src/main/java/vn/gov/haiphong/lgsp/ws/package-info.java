/**
 * The SOAP edge (lgsp-ws, context root {@code /ws}): WSDL-first JAX-WS endpoints over the EJB
 * boundaries. Contracts live in {@code WEB-INF/wsdl}; Java types are generated from them.
 */
package vn.gov.haiphong.lgsp.ws;
