package dev.kefu.spi.customer;

import dev.kefu.spi.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One order as kefu remembers it for classification (CU-2, CU-3) and customer files (CU-5).
 *
 * @param orderId the shop's order id
 * @param placedAt when the order was placed
 * @param amount the order value, in the shop currency
 * @param category the product category, for example {@code "shoes"}
 */
public record OrderFact(String orderId, Instant placedAt, Money amount, String category) {

  /**
   * Creates an order fact.
   *
   * @throws NullPointerException if an argument is null
   */
  public OrderFact {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(category, "category");
  }
}
