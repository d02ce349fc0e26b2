/**
 * The conversion itself, transport-neutral: schemas read into {@link vn.gov.haiphong.lgsp.conversion.control.Shape}s,
 * bodies mapped JSON ↔ XML by them, the converted service's contract generated from them, and the plans the gateway
 * converts by (cached per service).
 */
package vn.gov.haiphong.lgsp.conversion.control;
