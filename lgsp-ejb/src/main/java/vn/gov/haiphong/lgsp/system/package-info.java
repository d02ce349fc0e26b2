/**
 * Information systems (hệ thống thông tin, CSDL) of the agencies: their security level under Nghị
 * định 85/2016 (Quy chế Đ.13.6) and the procedure to connect to or leave the LGSP (Đ.12.5), which
 * creates or disables the system's Keycloak client.
 */
package vn.gov.haiphong.lgsp.system;
