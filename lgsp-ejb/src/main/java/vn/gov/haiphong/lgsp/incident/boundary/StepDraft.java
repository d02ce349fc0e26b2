package vn.gov.haiphong.lgsp.incident.boundary;

import vn.gov.haiphong.lgsp.common.text.SafeText;

/**
 * A step of an incident.
 *
 * @param to        the state to move to
 * @param note      what was done or found (required to escalate: why)
 * @param backupRef the backup taken before fixing (Quy chế Đ.10.5c): a platform backup id or an external reference;
 *                  needed to reach DIAGNOSED when data is affected
 */
public record StepDraft(String to, @SafeText String note, @SafeText String backupRef) {
}
