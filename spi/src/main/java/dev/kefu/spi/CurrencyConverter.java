package dev.kefu.spi;

import java.time.Instant;
import java.util.Currency;

/**
 * Converts an amount into the shop's currency. Without a converter, kefu rejects any amount in a
 * foreign currency as an invalid command.
 *
 * <p><b>Threading:</b> called from any thread that runs a command; implementations must be
 * thread-safe. <b>Idempotency:</b> the same arguments should give the same result. <b>Exceptions:</b>
 * an {@link IllegalArgumentException} means the currency cannot be converted; kefu reports it as a
 * violation of the command.
 */
@FunctionalInterface
public interface CurrencyConverter {

  /**
   * Converts {@code amount} into {@code target} at the rate valid at {@code at}.
   *
   * @param amount the amount to convert
   * @param target the shop currency
   * @param at when the amount was incurred
   * @return the amount in {@code target}
   * @throws IllegalArgumentException if the conversion is not possible
   */
  Money convert(Money amount, Currency target, Instant at);
}
