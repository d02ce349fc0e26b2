/**
 * What every capability shares: the error model (codes, bilingual messages, field violations),
 * the language choice, paging and Vietnamese text handling. No business rules live here.
 */
package vn.gov.haiphong.lgsp.common;
