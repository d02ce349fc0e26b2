package vn.gov.haiphong.lgsp.common.health;

import java.util.function.BooleanSupplier;

/**
 * What the exchange log announces when it starts, as a CDI event, for {@link ExchangeLogReadinessCheck} (which, in the
 * EAR's lib, cannot see the EJB module's beans, but receives their events).
 *
 * @param enabled   whether the log was on at start ({@code lgsp.exchange-log.enabled})
 * @param recording asks whether the node records exchanges now (on at start, and its writer running)
 */
public record ExchangeLogState(boolean enabled, BooleanSupplier recording) {
}
