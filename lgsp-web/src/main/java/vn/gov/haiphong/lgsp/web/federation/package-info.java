/** The admin API of national peers: {@code /admin/v1/peers}. */
package vn.gov.haiphong.lgsp.web.federation;
