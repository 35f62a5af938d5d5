package dev.kefu.spi.order;

import java.time.Instant;
import java.util.Objects;

/**
 * A shipping or delay notice the customer is owed (TK-9); the day's notices go out with the
 * evening sweep, due by 20:30.
 *
 * @param delay true for a delay notice, false for a shipping notice
 * @param detail the tracking number or the delay's reason and expected date
 * @param at the occurrence of the fact
 */
public record ShippingNotice(boolean delay, String detail, Instant at) {

  /**
   * Creates a notice.
   *
   * @throws NullPointerException if an argument is null
   */
  public ShippingNotice {
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(at, "at");
  }
}
