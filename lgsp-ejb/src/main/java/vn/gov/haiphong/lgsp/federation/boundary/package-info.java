/** Peers kept by the authority and the operator: configuration, catalog refresh, rights to peer services. */
package vn.gov.haiphong.lgsp.federation.boundary;
