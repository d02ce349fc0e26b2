/**
 * Client libraries for systems integrating with LGSP Hải Phòng: {@code rest} (generated at build time by
 * openapi-generator from the platform's OpenAPI document) and {@code soap} (Metro ports of the platform's SOAP
 * services, and the X-Road headers for calls through the SOAP gateway).
 */
package vn.gov.haiphong.lgsp.client;
