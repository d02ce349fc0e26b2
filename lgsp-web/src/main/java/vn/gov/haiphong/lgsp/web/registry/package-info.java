/** REST resources of the agency registry: the public read API and the operator's admin API. */
package vn.gov.haiphong.lgsp.web.registry;
