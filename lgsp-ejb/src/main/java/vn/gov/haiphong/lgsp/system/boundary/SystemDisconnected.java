package vn.gov.haiphong.lgsp.system.boundary;

import vn.gov.haiphong.lgsp.common.security.Caller;
import vn.gov.haiphong.lgsp.system.entity.InformationSystem;

/**
 * A CDI event, fired inside the transaction that approves a CANCEL: capabilities that hold something
 * for the system (its access rights) end it in the same transaction.
 */
public record SystemDisconnected(Caller by, InformationSystem system) {
}
