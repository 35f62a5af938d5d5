package dev.kefu.spi.order;

import dev.kefu.spi.customer.CustomerId;
import java.time.Instant;

/**
 * Whether a customer is online now, as the host's chat or app sees it: payment reminders go only
 * to customers who are online at 16:00 (TK-7).
 *
 * <p>Run {@code CustomerPresenceContract} from {@code kefu-testkit} against an implementation.
 * <b>Threading:</b> thread-safe. Evolves only by adding default methods.
 */
@FunctionalInterface
public interface CustomerPresence {

  /**
   * Whether a customer is online.
   *
   * @param customer the customer
   * @param at the time kefu asks about (the host may answer for now)
   * @return true if online
   */
  boolean isOnline(CustomerId customer, Instant at);
}
