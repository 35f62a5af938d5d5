package dev.kefu.spi.order;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of the warehouse's daily out-of-stock list (TK-14).
 *
 * @param sku the stock-keeping unit
 * @param expectedArrival when stock is expected back, if known
 */
public record OutOfStockItem(String sku, Optional<LocalDate> expectedArrival) {

  /**
   * Creates a line.
   *
   * @throws NullPointerException if an argument is null
   */
  public OutOfStockItem {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(expectedArrival, "expectedArrival");
  }
}
