package vn.gov.haiphong.lgsp.monitoring.control;

import java.time.Instant;

/**
 * An alert fired, was acknowledged or resolved: a synchronous CDI event fired inside the transaction that changed it,
 * so that an observer writing a notification (the outbox) commits with the change or not at all. Its readers: the
 * server log ({@code AlertLog}), and the incidents, which observe it after commit ({@code AlertIncidentObserver}).
 *
 * @param subject what the alert is about: a service's name, or the platform
 * @param providerAgency the agency whose service it concerns, or null
 */
public record AlertChanged(long id, AlertRule rule, String subject, String providerAgency, AlertState state,
                           String detail, Instant at) {
}
