/**
 * Agency registry (đăng ký cơ quan, đơn vị; Quy chế Đ.8.1): agencies and their identifier codes
 * under QĐ 20/2020/QĐ-TTg. {@code boundary} is the only entry for callers, {@code control} holds the
 * code rules, {@code entity} the JPA mapping.
 */
package vn.gov.haiphong.lgsp.registry;
