/**
 * Shared code lists (danh mục dùng chung; Quy chế Đ.2.7, Đ.5.2): lists with owners and legal basis,
 * versions that are imported as drafts (CSV or JSON, validated whole) and frozen once published, items
 * with hierarchy, typed attributes, validity and replacement links, and the changes between versions
 * that consumers sync from.
 */
package vn.gov.haiphong.lgsp.codelist;
