/** Safe XML reading shared by the SOAP services and the contract parser. */
package vn.gov.haiphong.lgsp.common.xml;
