/**
 * Agency registry (đăng ký cơ quan, đơn vị; Quy chế Đ.8.1): agencies and their identifier codes
 * under QĐ 20/2020/QĐ-TTg, issued and retired by organisational changes the Chairman of the City People's
 * Committee decides (Đ.8.3, Đ.12.3). {@code boundary} is the only entry for callers, {@code control} holds the
 * code rules, {@code entity} the JPA mapping.
 */
package vn.gov.haiphong.lgsp.registry;
