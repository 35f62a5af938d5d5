package dev.kefu.spi.order;

import java.time.LocalDate;
import java.util.List;

/**
 * The warehouse's real stock (TK-14): checked before an agent confirms an order, and the daily
 * out-of-stock list with expected arrival dates that agents consult.
 *
 * <p>Run {@code StockPortContract} from {@code kefu-testkit} against an implementation.
 * <b>Threading:</b> thread-safe. Evolves only by adding default methods.
 */
public interface StockPort {

  /**
   * How many units of a SKU are really in stock now.
   *
   * @param sku the SKU
   * @return the units, 0 for an unknown SKU, never negative
   */
  int available(String sku);

  /**
   * The warehouse's out-of-stock list of a day.
   *
   * @param day the day
   * @return the list, empty if none was published for the day; ordered by SKU
   */
  List<OutOfStockItem> outOfStock(LocalDate day);
}
