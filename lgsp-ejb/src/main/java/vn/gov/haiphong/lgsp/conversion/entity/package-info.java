/** A service's declared conversion (table service_conversion). */
package vn.gov.haiphong.lgsp.conversion.entity;
