/**
 * National reference code lists the platform serves from its first start (not demo data): the
 * administrative units after the July 2025 reform (National Statistics Office) and the 54 ethnic
 * groups (Tổng cục Thống kê). Loaded through the code-list catalog's own import, once.
 */
package vn.gov.haiphong.lgsp.reference;
