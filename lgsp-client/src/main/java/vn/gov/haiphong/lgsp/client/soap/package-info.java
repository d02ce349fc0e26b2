/**
 * SOAP client (Metro): {@link vn.gov.haiphong.lgsp.client.soap.LgspSoap} gives ready ports of RegistryService,
 * CodeListService and MetaService (generated from the WSDLs in this jar) and points a provider's port at the
 * gateway with {@link vn.gov.haiphong.lgsp.client.soap.XRoadHeaders}.
 */
package vn.gov.haiphong.lgsp.client.soap;
