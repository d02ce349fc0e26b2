/** What every SOAP endpoint shares: the request guard (size, content type, safe XML) and SOAP Faults. */
package vn.gov.haiphong.lgsp.ws.common;
