/** SOAP RegistryService: agency lookups for systems that speak SOAP. */
package vn.gov.haiphong.lgsp.ws.registry;
