package dev.kefu.order;

import dev.kefu.spi.order.Order;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of confirming an order against real stock (TK-14): confirmed, or refused with the
 * lines short of stock (and the order flagged green as abnormal).
 *
 * @param order the order after the check
 * @param shortages the lines short of stock; empty when confirmed
 */
public record StockCheck(Order order, List<Shortage> shortages) {

  /**
   * A line short of stock.
   *
   * @param sku the SKU
   * @param wanted units ordered
   * @param available units in stock
   */
  public record Shortage(String sku, int wanted, int available) {}

  /** Creates a check; the list is copied. */
  public StockCheck {
    Objects.requireNonNull(order, "order");
    shortages = List.copyOf(shortages);
  }

  /** @return true if every line is in stock and the order was confirmed */
  public boolean confirmed() {
    return shortages.isEmpty();
  }

  /** @return the rule applied */
  public String ruleId() {
    return "TK-14";
  }
}
