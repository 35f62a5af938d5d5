package dev.kefu.spi.customer;

import dev.kefu.spi.Money;
import dev.kefu.spi.internal.KefuStyle;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's transaction status (CU-1): lifetime totals, the first and last order, orders per
 * product category, and the orders recent enough to matter for trailing-period rules (CU-3 looks
 * at twelve months). Older orders stay in the totals but leave {@link #recentOrders()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@KefuStyle
public interface OrderStatistics {

  /** @return orders placed, lifetime */
  int orderCount();

  /** @return money spent, lifetime, in the shop currency (CU-5 sorts by it as sales volume) */
  Money lifetimeSpend();

  /** @return when the first order was placed; empty before the first order */
  Optional<Instant> firstOrderAt();

  /** @return when the last order was placed; empty before the first order */
  Optional<Instant> lastOrderAt();

  /** @return orders per product category, lifetime */
  Map<String, Integer> ordersByCategory();

  /** @return the orders inside the retention window, oldest first */
  List<OrderFact> recentOrders();

  /**
   * The category with the most orders; ties go to the alphabetically first.
   *
   * @return the main category, empty before the first order
   */
  default Optional<String> mainCategory() {
    return ordersByCategory().entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  /**
   * Spend on the recent orders placed after {@code since}.
   *
   * @param since exclusive lower bound
   * @return the sum, in the shop currency
   */
  default Money spendSince(Instant since) {
    Money sum = Money.zero(lifetimeSpend().currency());
    for (OrderFact order : recentOrders()) {
      if (order.placedAt().isAfter(since)) {
        sum = sum.plus(order.amount());
      }
    }
    return sum;
  }

  /**
   * The number of recent orders placed after {@code since}.
   *
   * @param since exclusive lower bound
   * @return the count
   */
  default int ordersSince(Instant since) {
    return (int) recentOrders().stream().filter(o -> o.placedAt().isAfter(since)).count();
  }

  /**
   * Statistics of a customer who has not ordered yet.
   *
   * @param shopCurrency the shop currency
   * @return empty statistics
   */
  static OrderStatistics none(Currency shopCurrency) {
    return builder().orderCount(0).lifetimeSpend(Money.zero(shopCurrency)).build();
  }

  /** @return a builder holding these values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrderStatistics}; not thread-safe. */
  final class Builder extends ImmutableOrderStatistics.Builder {}
}
