/** MetaService: the X-Road metadata services over SOAP (listClients, listMethods, allowedMethods, getWsdl, getOpenAPI). */
package vn.gov.haiphong.lgsp.ws.meta;
