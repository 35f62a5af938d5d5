package dev.kefu.examples.backend;

import static dev.kefu.examples.backend.ShopBackend.update;

import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.StockPort;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * kefu's {@link StockPort} on the warehouse's tables (TK-14): real stock per SKU from
 * {@code stock}, and the day's out-of-stock list with expected arrival from
 * {@code out_of_stock_lists}. Also the warehouse's side: goods received, an arrival expected, the
 * morning's list published.
 *
 * <p>Thread-safe.
 */
final class JdbcStock implements StockPort {

  private final ShopDatabase db;

  /** @param db the backend's database */
  JdbcStock(ShopDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public int available(String sku) {
    Objects.requireNonNull(sku, "sku");
    return db.inTransaction(c -> ShopBackend.string(c, "SELECT on_hand FROM stock WHERE sku = ?", sku)
        .map(Integer::parseInt).orElse(0));
  }

  @Override
  public List<OutOfStockItem> outOfStock(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return db.inTransaction(c -> {
      List<OutOfStockItem> items = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT sku, expected_arrival FROM out_of_stock_lists WHERE list_day = ? ORDER BY sku")) {
        s.setDate(1, Date.valueOf(day));
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            Date arrival = r.getDate("expected_arrival");
            items.add(new OutOfStockItem(r.getString("sku"), Optional.ofNullable(arrival).map(Date::toLocalDate)));
          }
        }
      }
      return items;
    });
  }

  /**
   * Sets a SKU's units on hand, as counted in the warehouse.
   *
   * @param sku the SKU
   * @param onHand the units, at least 0
   * @param expectedArrival when more are expected, if known
   */
  void count(String sku, int onHand, Optional<LocalDate> expectedArrival) {
    db.inTransaction(c -> update(c, "MERGE INTO stock (sku, on_hand, expected_arrival) KEY (sku) VALUES (?, ?, ?)", sku, onHand,
        expectedArrival.map(Date::valueOf).orElse(null)));
  }

  /**
   * Publishes the day's out-of-stock list from the stock: every SKU with nothing on hand, with its
   * expected arrival. Publishing again replaces the day's list.
   *
   * @param day the day
   * @return the list
   */
  List<OutOfStockItem> publishOutOfStockList(LocalDate day) {
    db.inTransaction(c -> {
      update(c, "DELETE FROM out_of_stock_lists WHERE list_day = ?", Date.valueOf(day));
      return update(c, "INSERT INTO out_of_stock_lists (list_day, sku, expected_arrival)"
          + " SELECT ?, sku, expected_arrival FROM stock WHERE on_hand = 0", Date.valueOf(day));
    });
    return outOfStock(day);
  }

  /**
   * Publishes a day's out-of-stock list as the warehouse system sent it, replacing that day's list.
   *
   * @param day the day
   * @param items the list
   */
  void publishOutOfStockList(LocalDate day, List<OutOfStockItem> items) {
    db.inTransaction(c -> {
      update(c, "DELETE FROM out_of_stock_lists WHERE list_day = ?", Date.valueOf(day));
      for (OutOfStockItem i : items) {
        update(c, "INSERT INTO out_of_stock_lists (list_day, sku, expected_arrival) VALUES (?, ?, ?)", Date.valueOf(day), i.sku(),
            i.expectedArrival().map(Date::valueOf).orElse(null));
      }
      return null;
    });
  }
}
