/** The admin REST API of incidents ({@code /admin/v1/incidents}): their steps, log, isolations, ETA and report. */
package vn.gov.haiphong.lgsp.web.incident;
