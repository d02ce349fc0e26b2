/**
 * Demo data for the run command: a realistic Hải Phòng (UBND thành phố, its departments and the 114
 * xã, phường and đặc khu of the 2025 reform). Off unless {@code lgsp.demo-data.enabled=true}.
 */
package vn.gov.haiphong.lgsp.demo;
