/** SOAP CodeListService: the shared code lists for systems that speak SOAP. */
package vn.gov.haiphong.lgsp.ws.codelist;
