package dev.kefu.memory;

import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.StockPort;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link StockPort} whose stock and daily out-of-stock lists are set by hand: kefu's default
 * (empty: nothing in stock, no lists) and a stand-in for a warehouse in tests.
 *
 * <p>Thread-safe.
 */
public final class InMemoryStock implements StockPort {

  private final Map<String, Integer> stock = new HashMap<>();
  private final Map<LocalDate, List<OutOfStockItem>> lists = new HashMap<>();

  /** Creates an empty warehouse. */
  public InMemoryStock() {}

  /**
   * Sets the units in stock of a SKU.
   *
   * @param sku the SKU
   * @param units 0 or more
   * @return this warehouse
   * @throws IllegalArgumentException if {@code units} is negative
   */
  public synchronized InMemoryStock put(String sku, int units) {
    Objects.requireNonNull(sku, "sku");
    if (units < 0) {
      throw new IllegalArgumentException("units must be 0 or more, was " + units);
    }
    stock.put(sku, units);
    return this;
  }

  /**
   * Publishes a day's out-of-stock list, replacing any earlier one of the day.
   *
   * @param day the day
   * @param items the list
   * @return this warehouse
   */
  public synchronized InMemoryStock publishOutOfStock(LocalDate day, List<OutOfStockItem> items) {
    Objects.requireNonNull(day, "day");
    lists.put(day, items.stream().sorted(Comparator.comparing(OutOfStockItem::sku)).toList());
    return this;
  }

  @Override
  public synchronized int available(String sku) {
    Objects.requireNonNull(sku, "sku");
    return stock.getOrDefault(sku, 0);
  }

  @Override
  public synchronized List<OutOfStockItem> outOfStock(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return lists.getOrDefault(day, List.of());
  }
}
