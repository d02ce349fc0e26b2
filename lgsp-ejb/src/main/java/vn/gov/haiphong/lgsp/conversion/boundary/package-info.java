/** Declaring a service's conversion and serving its generated contract. */
package vn.gov.haiphong.lgsp.conversion.boundary;
