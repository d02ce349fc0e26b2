package vn.gov.haiphong.lgsp.notification.control;

/**
 * Who a notification goes to.
 *
 * @param agencyCode the agency whose contact it is (its admins read it), or {@code null} for the operator and the
 *                   authority
 * @param email      the address, or {@code null} when the agency has no contact: kept as undeliverable
 */
public record Addressee(String agencyCode, String email) {
}
