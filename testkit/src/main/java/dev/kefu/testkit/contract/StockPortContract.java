package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.StockPort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StockPort} (TK-14): real stock per SKU, 0 for an unknown one; the day's
 * out-of-stock list as published, ordered by SKU, and empty for a day without one.
 */
@Tag("kefu-contract")
@DisplayName("StockPort contract")
public abstract class StockPortContract {

  /** The day the suite publishes a list for. */
  protected static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected StockPortContract() {}

  /**
   * A port over a warehouse holding exactly this stock and this one published list.
   *
   * @param stock units by SKU
   * @param day the day of the list
   * @param outOfStock the list, in any order
   * @return the port
   */
  protected abstract StockPort newStock(Map<String, Integer> stock, LocalDate day, List<OutOfStockItem> outOfStock);

  private StockPort port() {
    return newStock(Map.of("A", 3, "B", 0), DAY, List.of(new OutOfStockItem("Z", Optional.empty()),
        new OutOfStockItem("B", Optional.of(DAY.plusDays(4)))));
  }

  /** TK-14. */
  @Test
  @DisplayName("available returns the stock held, and 0 for an unknown SKU")
  public void available() {
    StockPort p = port();
    assertThat(p.available("A")).isEqualTo(3);
    assertThat(p.available("B")).isZero();
    assertThat(p.available("unknown")).isZero();
  }

  /** TK-14. */
  @Test
  @DisplayName("the out-of-stock list of a day comes back ordered by SKU with its arrival dates; other days have none")
  public void outOfStock() {
    StockPort p = port();
    assertThat(p.outOfStock(DAY)).containsExactly(new OutOfStockItem("B", Optional.of(DAY.plusDays(4))),
        new OutOfStockItem("Z", Optional.empty()));
    assertThat(p.outOfStock(DAY.plusDays(1))).isEmpty();
  }
}
