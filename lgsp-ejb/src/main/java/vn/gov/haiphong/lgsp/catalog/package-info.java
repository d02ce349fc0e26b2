/**
 * The service catalog (Quy chế Đ.6.4): service versions registered from their contracts (OpenAPI 3 or
 * WSDL 1.1 with XSDs, uploaded or fetched, read safely and kept unchanged), their operations, and
 * their life cycle DRAFT → PUBLISHED ⇄ DISABLED (with a notice) → RETIRED.
 */
package vn.gov.haiphong.lgsp.catalog;
