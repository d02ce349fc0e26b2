package vn.gov.haiphong.lgsp.registry.boundary;

/**
 * Filters of an agency listing; each may be absent.
 *
 * @param text       words of the name or short name, matched with or without diacritics
 * @param parentCode only units directly under this agency
 * @param status     only agencies in this status
 */
public record AgencyQuery(String text, String parentCode, String status) {
}
