/**
 * Chuyển đổi giao thức (protocol conversion, Thông tư 13/2017 Đ.17): a REST service published as SOAP operations, a
 * SOAP service published as REST resources, the bodies mapped by the service's own schemas.
 */
package vn.gov.haiphong.lgsp.conversion;
