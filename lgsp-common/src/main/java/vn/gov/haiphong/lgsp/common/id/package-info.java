/**
 * The one identifier model (DESIGN §3): information systems and services, parsed and printed here
 * only, in the platform's form ({@code H24.06/dat-dai/tra-cuu-thua-dat/v1}).
 */
package vn.gov.haiphong.lgsp.common.id;
