/** The REST gateway ({@code /r1/…}, X-Road message protocol for REST): authenticate, decide, forward, relay, log. */
package vn.gov.haiphong.lgsp.web.gateway;
