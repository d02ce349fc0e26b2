/** The SOAP gateway ({@code POST /ws/gateway}, X-Road message protocol 4.0): authenticate, decide, forward, relay, log. */
package vn.gov.haiphong.lgsp.ws.gateway;
