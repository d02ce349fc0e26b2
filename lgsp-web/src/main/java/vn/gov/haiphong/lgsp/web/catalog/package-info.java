/** REST edge of the service catalog: the integrators' catalog ({@code /api/v1/services}) and providers' admin. */
package vn.gov.haiphong.lgsp.web.catalog;
